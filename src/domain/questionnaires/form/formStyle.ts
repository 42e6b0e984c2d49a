import { PALETTE } from '../../shared/palette';

/** The form file's stylesheet (allowed by its hash in the file's CSP; no fonts or images from outside). */
export const FORM_CSS = `
:root { color-scheme: light; --ink: ${PALETTE.text}; --muted: ${PALETTE.textMuted}; --line: ${PALETTE.borderStrong}; --accent: ${PALETTE.primary}; --error: ${PALETTE.danger}; --bg: ${PALETTE.bg}; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 760px; margin: 0 auto; padding: 32px 20px 64px; }
.masthead { background: ${PALETTE.surface}; border: 1px solid var(--line); border-top: 6px solid var(--accent); border-radius: 10px; padding: 24px 28px; margin-bottom: 20px; }
.client { margin: 0; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .06em; font-size: 13px; }
h1 { margin: 4px 0 12px; font-size: 28px; line-height: 1.2; }
h2 { font-size: 19px; margin: 0 0 16px; }
.intro { margin: 0 0 12px; }
.note { margin: 0; color: var(--muted); font-size: 14px; }
.section { background: ${PALETTE.surface}; border: 1px solid var(--line); border-radius: 10px; padding: 22px 28px; margin-bottom: 20px; }
.question { border: 0; margin: 0 0 22px; padding: 0; min-width: 0; }
.question-box[hidden] { display: none; }
legend, .question > label { display: block; font-weight: 600; margin-bottom: 6px; padding: 0; }
.required { color: var(--muted); font-weight: 400; font-size: 14px; }
.help { margin: 0 0 8px; color: var(--muted); font-size: 14px; }
.prefill { margin: 0 0 8px; padding: 6px 10px; background: ${PALETTE.infoBg}; border-radius: 6px; font-size: 14px; }
.options { display: grid; gap: 6px; }
.question--scale .options { grid-template-columns: repeat(auto-fit, minmax(110px, 1fr)); }
.option { display: flex; gap: 10px; align-items: flex-start; padding: 8px 12px; border: 1px solid var(--line); border-radius: 8px; cursor: pointer; }
.option:hover { border-color: var(--accent); }
.option input { margin-top: 4px; }
input[type=text], input[type=email], input[type=number], input[type=date], textarea { width: 100%; font: inherit; padding: 9px 11px; border: 1px solid ${PALETTE.neutralStrong}; border-radius: 8px; background: ${PALETTE.surface}; color: inherit; }
.explain { display: block; margin-top: 8px; font-size: 14px; color: var(--muted); }
input:focus-visible, textarea:focus-visible, button:focus-visible, .option:focus-within, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
[aria-invalid=true] { border-color: var(--error); }
.error { color: var(--error); margin: 6px 0 0; font-weight: 600; font-size: 14px; }
.error-summary { border: 2px solid var(--error); background: ${PALETTE.dangerBg}; border-radius: 10px; padding: 16px 24px; margin-bottom: 20px; }
.error-summary h2 { color: var(--error); margin-bottom: 8px; }
.error-summary a { color: var(--error); }
.actions { display: flex; gap: 12px; flex-wrap: wrap; }
button { font: inherit; padding: 10px 18px; border-radius: 8px; border: 1px solid ${PALETTE.neutralStrong}; background: ${PALETTE.surface}; color: var(--ink); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: ${PALETTE.primaryText}; font-weight: 600; }
.status { min-height: 1.5em; font-weight: 600; }
footer { color: var(--muted); font-size: 13px; text-align: center; }
@media print { body { background: ${PALETTE.surface}; } .actions, .note { display: none; } }
`;
