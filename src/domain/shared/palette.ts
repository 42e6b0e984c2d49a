/**
 * The colours of the app as TypeScript constants, for what CSS cannot colour: Recharts props, the PPTX and Word
 * exports, the stylesheets of the handover document and the questionnaire form. Each key is the token
 * `--color-<key in kebab case>` of src/ui/tokens.css with the same value (test/unit/ui/palette.test.ts checks both
 * and the contrast of every text pair below).
 */
export const PALETTE = {
  bg: '#f5f6f8',
  surface: '#ffffff',
  surfaceSubtle: '#f8f9fb',
  surfaceMuted: '#f0f2f5',
  border: '#e2e5eb',
  borderStrong: '#c9ced8',
  text: '#171b24',
  textSecondary: '#344054',
  textMuted: '#5a6272',
  textInverse: '#ffffff',
  ink: '#0b0f19',
  sidebarBg: '#10162a',
  sidebarText: '#d6dbe7',
  sidebarLink: '#c3c9d8',
  sidebarCaption: '#a3abbd',
  primary: '#2f5bea',
  primaryHover: '#2549c4',
  primaryText: '#ffffff',
  focus: '#2f5bea',

  // Status colours: `<status>` is text on `<status>Bg`, `<status>Text` is text on `<status>BgStrong`; `<status>Strong`
  // fills marks (bars, dots, tile edges) and `<status>Border` draws outlines.
  success: '#067647',
  successText: '#05603a',
  successBg: '#ecfdf3',
  successBgStrong: '#d1fadf',
  successBorder: '#abefc6',
  successStrong: '#079455',
  warning: '#b54708',
  warningText: '#93370d',
  warningBg: '#fffaeb',
  warningBgStrong: '#fef0c7',
  warningBorder: '#fedf89',
  warningStrong: '#f79009',
  danger: '#b42318',
  dangerText: '#912018',
  dangerBg: '#fef3f2',
  dangerBgStrong: '#fee4e2',
  dangerBorder: '#f0b4ae',
  dangerStrong: '#d92d20',
  caution: '#7a5b00',
  info: '#3538cd',
  infoBg: '#eef2ff',
  infoBgStrong: '#dfe5ff',
  infoBorder: '#c7d2fe',
  neutral: '#475467',
  neutralStrong: '#98a2b3',

  // Chart and slide palette: series colours (vendors side by side), stage bars, the EU AI Act tier marks and the risk
  // heat map (light cells on screen and in documents; the strong ones on slides, where the count is bold).
  chart1: '#2f5bea',
  chart2: '#0e9f6e',
  chart3: '#d97706',
  chart4: '#9333ea',
  chart5: '#0891b2',
  chart6: '#be185d',
  chart7: '#4b5563',
  chartViolet: '#7a5af8',
  chartTeal: '#0e9384',
  tierProhibited: '#7a271a',
  heatHigh: '#fedcc5',
  heatCritical: '#fecdca',
  heatHighStrong: '#fdb022',
  heatCriticalStrong: '#f04438',
} as const;

export type PaletteColour = keyof typeof PALETTE;

/** Distinct, colour-blind-friendly series colours in order (vendors side by side, in rank order); repeat after the last. */
export const CHART_SERIES: readonly string[] = [
  PALETTE.chart1,
  PALETTE.chart2,
  PALETTE.chart3,
  PALETTE.chart4,
  PALETTE.chart5,
  PALETTE.chart6,
  PALETTE.chart7,
];

/** The mark of each EU AI Act tier (map dots, legend, slide tiles), the same on screen, in the PDF and the PPTX. */
export const RISK_TIER_COLOURS = {
  prohibited: PALETTE.tierProhibited,
  high: PALETTE.dangerStrong,
  limited: PALETTE.warningStrong,
  minimal: PALETTE.successStrong,
  unclassified: PALETTE.neutralStrong,
} as const;

/** The four quadrants of an impact/effort map (portfolio map, workshop map, report slide, PPTX). */
export const QUADRANT_FILLS = {
  'quick-win': PALETTE.successBg,
  'strategic-bet': PALETTE.infoBg,
  'fill-in': PALETTE.surfaceSubtle,
  'time-sink': PALETTE.dangerBg,
} as const;

/** The fill of a risk heat map cell for a score of likelihood x impact (1-25), on slides and in the PPTX. */
export function heatSlideFill(score: number): string {
  if (score >= 15) return PALETTE.heatCriticalStrong;
  if (score >= 8) return PALETTE.heatHighStrong;
  if (score >= 4) return PALETTE.warningBgStrong;
  return PALETTE.successBg;
}

/** Text colour and background that must stay readable (WCAG AA, 4.5:1), as palette keys. */
export const TEXT_PAIRS: readonly (readonly [PaletteColour, PaletteColour])[] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surfaceMuted'],
  ['textSecondary', 'surface'],
  ['textSecondary', 'surfaceMuted'],
  ['textMuted', 'surface'],
  ['textMuted', 'bg'],
  ['textMuted', 'surfaceSubtle'],
  ['textMuted', 'surfaceMuted'],
  ['textInverse', 'ink'],
  ['textInverse', 'primary'],
  ['textInverse', 'primaryHover'],
  ['textInverse', 'danger'],
  ['primaryText', 'primary'],
  ['primary', 'surface'],
  ['sidebarText', 'sidebarBg'],
  ['sidebarLink', 'sidebarBg'],
  ['sidebarCaption', 'sidebarBg'],
  ['success', 'surface'],
  ['success', 'successBg'],
  ['successText', 'successBgStrong'],
  ['warning', 'surface'],
  ['warning', 'warningBg'],
  ['warningText', 'warningBgStrong'],
  ['warningText', 'warningBg'],
  ['danger', 'surface'],
  ['danger', 'dangerBg'],
  ['dangerText', 'dangerBgStrong'],
  ['caution', 'surface'],
  ['caution', 'warningBg'],
  ['info', 'infoBg'],
  ['info', 'infoBgStrong'],
  ['neutral', 'surfaceMuted'],
  ['neutral', 'surface'],
  ['text', 'heatHigh'],
  ['text', 'heatCritical'],
  ['text', 'heatHighStrong'],
  ['text', 'heatCriticalStrong'],
];

/** `#2f5bea` as pptxgenjs and docx want it: `2F5BEA`. */
export function hexDigits(colour: string): string {
  return colour.replace('#', '').toUpperCase();
}

/** The palette as pptxgenjs and docx want colours (`2F5BEA`, no `#`). */
export const PALETTE_DIGITS = Object.fromEntries(
  Object.entries(PALETTE).map(([key, colour]) => [key, hexDigits(colour)]),
) as Record<PaletteColour, string>;

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(colour: string): number {
  const digits = hexDigits(colour);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
