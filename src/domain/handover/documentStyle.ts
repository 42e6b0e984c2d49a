import { PALETTE } from '../shared/palette';

/**
 * The handover document's one stylesheet: screen and A4 print, in the app's palette (its text colours meet WCAG AA
 * on white, tested); the heat map's cells carry their count in dark text on light fills.
 */
export const DOCUMENT_STYLE = `
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:${PALETTE.text};background:${PALETTE.surface};margin:0}
main{max-width:1000px;margin:0 auto;padding:32px 40px}
h1,h2,h3{line-height:1.25;color:${PALETTE.text}}
h2{font-size:22px;margin:40px 0 8px;padding-bottom:6px;border-bottom:2px solid ${PALETTE.primary}}
h3{font-size:17px;margin:28px 0 8px}
.record h3{font-size:15px;margin:0 0 6px}
p{margin:0 0 10px}
.count{font-weight:400;font-size:14px;color:${PALETTE.textMuted}}
.intro,.note{color:${PALETTE.textMuted}}
.cover{min-height:640px;display:flex;flex-direction:column;justify-content:center;padding:40px 0;border-bottom:6px solid ${PALETTE.primary}}
.cover .logo{max-width:220px;max-height:110px;object-fit:contain;align-self:flex-start;margin-bottom:48px}
.cover .kicker{text-transform:uppercase;letter-spacing:.08em;font-weight:600;color:${PALETTE.info};margin:0 0 8px}
.cover h1{font-size:40px;margin:0 0 8px}
.cover .facts{font-size:17px;color:${PALETTE.textMuted}}
.cover .what{max-width:620px;font-size:16px;margin:24px 0 32px}
.colophon{display:grid;grid-template-columns:max-content 1fr;gap:4px 20px;margin:0}
.colophon dt{color:${PALETTE.textMuted}}.colophon dd{margin:0}
.toc ol{columns:2;column-gap:40px;padding-left:2.2em;margin:0 0 16px}
.toc li{margin:2px 0;break-inside:avoid}
a{color:${PALETTE.info}}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}
caption{text-align:left;font-weight:600;padding:0 0 6px;color:${PALETTE.text}}
th,td{border-bottom:1px solid ${PALETTE.borderStrong};padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:auto;white-space:pre-wrap}
thead th{background:${PALETTE.surfaceMuted};border-bottom:2px solid ${PALETTE.borderStrong};font-weight:600}
table.narrow{width:auto;min-width:320px}
.none{color:${PALETTE.textMuted}}
td.day{white-space:nowrap}
.details{margin-top:8px}
.record{border:1px solid ${PALETTE.borderStrong};border-radius:6px;padding:10px 14px;margin:0 0 10px;break-inside:avoid}
table.fields{margin:0}
table.fields th{width:30%;font-weight:600;color:${PALETTE.textSecondary};background:none}
table.fields tr:last-child th,table.fields tr:last-child td{border-bottom:0}
.heat-wrap{max-width:520px}
table.heat{table-layout:fixed;text-align:center}
table.heat td{text-align:center;font-weight:700;font-size:15px;height:38px;border:2px solid ${PALETTE.surface}}
table.heat th{font-size:12px;font-weight:600;background:none;border:0;text-align:center}
.heat-low{background:${PALETTE.successBgStrong}}.heat-medium{background:${PALETTE.warningBgStrong}}.heat-high{background:${PALETTE.heatHigh}}.heat-critical{background:${PALETTE.heatCritical}}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{max-width:1000px;margin:0 auto;padding:16px 40px 40px;color:${PALETTE.textMuted};font-size:12px}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{
  body{font-size:10.5pt}
  main{max-width:none;padding:0}
  .cover{min-height:250mm;border-bottom:0;break-after:page}
  .toc{break-after:page}
  .summary,.registers{break-before:page}
  .register{break-before:auto}
  h2,h3,caption{break-after:avoid}
  tr{break-inside:avoid}
  table.heat,table.short{break-inside:avoid}
  .record{break-inside:auto}
  thead{display:table-header-group}
  a{color:inherit;text-decoration:none}
  footer{padding:8px 0 0}
}
`;
