/**
 * The handover document's one stylesheet: screen and A4 print. Text colours meet WCAG AA on white
 * (body #1d2330, muted #4a5263); the heat map's cells carry their count in dark text on light fills.
 */
export const DOCUMENT_STYLE = `
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#fff;margin:0}
main{max-width:1000px;margin:0 auto;padding:32px 40px}
h1,h2,h3{line-height:1.25;color:#141a26}
h2{font-size:22px;margin:40px 0 8px;padding-bottom:6px;border-bottom:2px solid #2f5bea}
h3{font-size:17px;margin:28px 0 8px}
.record h3{font-size:15px;margin:0 0 6px}
p{margin:0 0 10px}
.count{font-weight:400;font-size:14px;color:#4a5263}
.intro,.note{color:#4a5263}
.cover{min-height:640px;display:flex;flex-direction:column;justify-content:center;padding:40px 0;border-bottom:6px solid #2f5bea}
.cover .logo{max-width:220px;max-height:110px;object-fit:contain;align-self:flex-start;margin-bottom:48px}
.cover .kicker{text-transform:uppercase;letter-spacing:.08em;font-weight:600;color:#2a3f9e;margin:0 0 8px}
.cover h1{font-size:40px;margin:0 0 8px}
.cover .facts{font-size:17px;color:#4a5263}
.cover .what{max-width:620px;font-size:16px;margin:24px 0 32px}
.colophon{display:grid;grid-template-columns:max-content 1fr;gap:4px 20px;margin:0}
.colophon dt{color:#4a5263}.colophon dd{margin:0}
.toc ol{columns:2;column-gap:40px;padding-left:2.2em;margin:0 0 16px}
.toc li{margin:2px 0;break-inside:avoid}
a{color:#2a3f9e}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}
caption{text-align:left;font-weight:600;padding:0 0 6px;color:#141a26}
th,td{border-bottom:1px solid #d5d9e2;padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:auto;white-space:pre-wrap}
thead th{background:#eef1f6;border-bottom:2px solid #b8bfcc;font-weight:600}
table.narrow{width:auto;min-width:320px}
.none{color:#4a5263}
td.day{white-space:nowrap}
.details{margin-top:8px}
.record{border:1px solid #d5d9e2;border-radius:6px;padding:10px 14px;margin:0 0 10px;break-inside:avoid}
table.fields{margin:0}
table.fields th{width:30%;font-weight:600;color:#3b4354;background:none}
table.fields tr:last-child th,table.fields tr:last-child td{border-bottom:0}
.heat-wrap{max-width:520px}
table.heat{table-layout:fixed;text-align:center}
table.heat td{text-align:center;font-weight:700;font-size:15px;height:38px;border:2px solid #fff}
table.heat th{font-size:12px;font-weight:600;background:none;border:0;text-align:center}
.heat-low{background:#d8f0dc}.heat-medium{background:#fbecb5}.heat-high{background:#fbd2b0}.heat-critical{background:#f6b8b8}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{max-width:1000px;margin:0 auto;padding:16px 40px 40px;color:#4a5263;font-size:12px}
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
