import type PptxGenJS from 'pptxgenjs';
import { RISK_TIER_LABELS, STOP_LABEL, type RiskTier } from '../../../domain/portfolio';
import { QUADRANT_PLURALS } from '../../../domain/portfolio/constants';
import { english, type Translate } from '../../../domain/shared/language';
import {
  mapKeyContinuesText,
  notOnMapText,
  numberedMapPoints,
  type NumberedMapPoint,
  type PortfolioSection,
} from '../../../domain/reports';
import { hexDigits, PALETTE_DIGITS, QUADRANT_FILLS, RISK_TIER_COLOURS } from '../../../domain/shared/palette';

/**
 * The impact/effort map of the PPTX, drawn with shapes so PowerPoint and LibreOffice show the same
 * picture as the PDF: the four quadrants with their names, each use case as a disc in its tier colour
 * carrying its number in the priority ranking (`numberedMapPoints`, as on the PDF), and a key that
 * names every number. Box: inches on the 13.33 x 7.5 slide.
 */
const FONT = { fontFace: 'Arial', color: PALETTE_DIGITS.text };
const GREY = PALETTE_DIGITS.textMuted;

export function addImpactEffortMap(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  portfolio: Pick<PortfolioSection, 'map' | 'notOnMap'>,
  keyPoints: readonly NumberedMapPoint[],
  box: { x: number; y: number; w: number; h: number },
  t: Translate = english,
) {
  const points = numberedMapPoints(portfolio.map);
  const rest = [mapKeyContinuesText(points, keyPoints, t), notOnMapText(portfolio, t)]
    .filter(Boolean)
    .join('\n');
  slide.addText(t('Impact / effort map'), {
    x: box.x,
    y: box.y,
    w: box.w,
    h: 0.3,
    ...FONT,
    fontSize: 13,
    bold: true,
    margin: 0,
  });
  slide.addText(t('Number = rank by priority · colour = EU AI Act risk tier'), {
    x: box.x,
    y: box.y + 0.28,
    w: box.w,
    h: 0.22,
    ...FONT,
    color: GREY,
    fontSize: 10,
    margin: 0,
  });
  const size = Math.min(box.h - 1.3, box.w * 0.56);
  const left = box.x + 0.45;
  const top = box.y + 0.6;
  const at = (effort: number, impact: number) => ({
    x: left + ((effort - 0.5) / 5) * size,
    y: top + ((5.5 - impact) / 5) * size,
  });
  const mid = at(2.5, 2.5);
  const quadrants = [
    {
      label: t(QUADRANT_PLURALS['quick-win']),
      x: left,
      y: top,
      w: mid.x - left,
      h: mid.y - top,
      fill: hexDigits(QUADRANT_FILLS['quick-win']),
      align: 'left' as const,
      valign: 'top' as const,
    },
    {
      label: t(QUADRANT_PLURALS['strategic-bet']),
      x: mid.x,
      y: top,
      w: left + size - mid.x,
      h: mid.y - top,
      fill: hexDigits(QUADRANT_FILLS['strategic-bet']),
      align: 'right' as const,
      valign: 'top' as const,
    },
    {
      label: t(QUADRANT_PLURALS['fill-in']),
      x: left,
      y: mid.y,
      w: mid.x - left,
      h: top + size - mid.y,
      fill: hexDigits(QUADRANT_FILLS['fill-in']),
      align: 'left' as const,
      valign: 'bottom' as const,
    },
    {
      label: t(QUADRANT_PLURALS['time-sink']),
      x: mid.x,
      y: mid.y,
      w: left + size - mid.x,
      h: top + size - mid.y,
      fill: hexDigits(QUADRANT_FILLS['time-sink']),
      align: 'right' as const,
      valign: 'bottom' as const,
    },
  ];
  for (const q of quadrants) {
    slide.addText(q.label, {
      shape: pptx.ShapeType.rect,
      x: q.x,
      y: q.y,
      w: q.w,
      h: q.h,
      fill: { color: q.fill },
      line: { color: PALETTE_DIGITS.borderStrong, width: 0.75 },
      ...FONT,
      color: GREY,
      fontSize: 10,
      bold: true,
      align: q.align,
      valign: q.valign,
      margin: 3,
    });
  }
  for (let v = 1; v <= 5; v++) {
    const tickX = at(v, 0.5);
    const tickY = at(0.5, v);
    slide.addText(String(v), {
      x: tickX.x - 0.15,
      y: top + size + 0.02,
      w: 0.3,
      h: 0.22,
      ...FONT,
      color: GREY,
      fontSize: 9,
      align: 'center',
      margin: 0,
    });
    slide.addText(String(v), {
      x: left - 0.3,
      y: tickY.y - 0.11,
      w: 0.25,
      h: 0.22,
      ...FONT,
      color: GREY,
      fontSize: 9,
      align: 'right',
      margin: 0,
    });
  }
  slide.addText(`${t('Effort')} →`, {
    x: left,
    y: top + size + 0.24,
    w: size,
    h: 0.25,
    ...FONT,
    color: GREY,
    fontSize: 10,
    align: 'center',
    margin: 0,
  });
  slide.addText(`${t('Impact')} →`, {
    x: box.x + 0.08 - 0.8,
    y: top + size / 2 - 0.12,
    w: 1.6,
    h: 0.25,
    ...FONT,
    color: GREY,
    fontSize: 10,
    align: 'center',
    rotate: 270,
    margin: 0,
  });
  const disc = 0.26;
  for (const p of points) {
    const c = at(p.x, p.y);
    slide.addText(String(p.n), {
      shape: pptx.ShapeType.ellipse,
      x: c.x - disc / 2,
      y: c.y - disc / 2,
      w: disc,
      h: disc,
      fill: { color: hexDigits(RISK_TIER_COLOURS[p.riskTier]) },
      line: { color: PALETTE_DIGITS.surface, width: 1.5 },
      fontFace: 'Arial',
      color: PALETTE_DIGITS.textInverse,
      fontSize: p.n > 9 ? 9 : 11,
      bold: true,
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
  }
  // The key: every number with its use case (prohibited ones say Stop), then the tier colours.
  const keyX = left + size + 0.2;
  const keyW = box.x + box.w - keyX;
  const fontSize = keyPoints.length > 10 ? 9 : 10;
  slide.addText(
    [
      ...keyPoints.map((p) => ({
        text: `${p.n}  ${p.title}${p.riskTier === 'prohibited' ? ` · ${t(STOP_LABEL)}` : ''}`,
        options: {
          breakLine: true,
          bold: p.riskTier === 'prohibited',
          color: p.riskTier === 'prohibited' ? PALETTE_DIGITS.danger : PALETTE_DIGITS.text,
        },
      })),
      ...(rest ? [{ text: rest, options: { breakLine: true, color: GREY } }] : []),
    ],
    {
      x: keyX,
      y: top,
      w: keyW,
      h: size,
      fontFace: 'Arial',
      fontSize,
      valign: 'top',
      paraSpaceAfter: 2,
      margin: 0,
    },
  );
  const tiers = [...new Set(points.map((p) => p.riskTier))] as RiskTier[];
  slide.addText(
    tiers.flatMap((tier) => [
      { text: '● ', options: { color: hexDigits(RISK_TIER_COLOURS[tier]), fontSize: 14 } },
      { text: `${t(RISK_TIER_LABELS[tier])}    `, options: { color: GREY } },
    ]),
    { x: box.x, y: top + size + 0.5, w: box.w, h: 0.3, fontFace: 'Arial', fontSize: 10, margin: 0 },
  );
}
