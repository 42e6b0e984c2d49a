import type PptxGenJS from 'pptxgenjs';
import { FONT } from './buildPptx';
import { PALETTE_DIGITS } from '../../../domain/shared/palette';

/** The pieces every PowerPoint slide is drawn with: body text, headings, bullets, tables, bars, the empty state. */
export type Slide = PptxGenJS.Slide;
export type Box = { x: number; y: number; w: number; h: number };

export const BODY = { fontFace: FONT, fontSize: 14, color: PALETTE_DIGITS.text };

/** A bold line of text in `box` (a section heading of a slide). */
export function heading(slide: Slide, text: string, box: Box, fontSize = 16) {
  slide.addText(text, { ...box, ...BODY, fontSize, bold: true });
}

/** A filled rectangle (accent bars, quote marks) in the brand or another colour. */
export function bar(slide: Slide, box: Box, color: string) {
  slide.addShape('rect', { ...box, fill: { color }, line: { color } });
}

/** What a slide says when it has nothing to show, centred. */
export function emptySlide(slide: Slide, message: string) {
  slide.addText(message, {
    x: 0.55,
    y: 3.2,
    w: 12.2,
    h: 0.8,
    ...BODY,
    fontSize: 20,
    color: PALETTE_DIGITS.textMuted,
    align: 'center',
  });
}

/** A bulleted list in `box`; nothing when there are no lines. */
export function bullets(slide: Slide, lines: string[], box: Box, fontSize = 16) {
  if (lines.length === 0) return;
  slide.addText(
    lines.map((l) => ({ text: l, options: { bullet: true, breakLine: true } })),
    { ...box, ...BODY, fontSize, valign: 'top', paraSpaceAfter: 6 },
  );
}

/** A native table across the slide: a muted header row, then the rows as plain text. */
export function table(slide: Slide, header: string[], rows: string[][], y = 1.25, colW?: number[]) {
  const head: PptxGenJS.TableRow = header.map((h) => ({
    text: h,
    options: { bold: true, color: PALETTE_DIGITS.textMuted, fill: { color: PALETTE_DIGITS.surfaceMuted } },
  }));
  const body = rows.map((r) => r.map((c): PptxGenJS.TableCell => ({ text: c, options: { bold: false } })));
  slide.addTable([head, ...body], {
    x: 0.55,
    y,
    w: 12.2,
    colW,
    ...BODY,
    fontSize: 13,
    border: { type: 'solid', pt: 0.5, color: PALETTE_DIGITS.border },
    autoPage: false,
  });
}
