import type PptxGenJS from 'pptxgenjs';
import type { ReportModel } from '../../../domain/reports';
import { bar, BODY, emptySlide, heading } from './pptxParts';
import { reportLanguage } from '../reportLanguage';
import { PALETTE_DIGITS } from '../../../domain/shared/palette';

/** The "AI management system readiness" slide in PowerPoint: native text and a native table, like the print view. */
export function addReadinessSlide(slide: PptxGenJS.Slide, model: ReportModel, brand: string) {
  const r = model.readiness;
  const { t, day } = reportLanguage(model);
  if (!r) {
    return emptySlide(
      slide,
      t('No AI management system controls are set up for {{client}} yet.', { client: model.client.name }),
    );
  }
  const tileW = 6.9 / Math.max(1, r.frameworks.length);
  r.frameworks.forEach((f, i) => {
    const x = 0.55 + i * tileW;
    bar(slide, { x, y: 1.25, w: tileW - 0.15, h: 0.08 }, brand);
    slide.addText(
      [
        {
          text: f.readiness === null ? '—' : `${f.readiness}%`,
          options: { fontSize: 28, bold: true, breakLine: true },
        },
        {
          text: t('{{framework}} readiness', { framework: f.name }),
          options: { fontSize: 13, color: PALETTE_DIGITS.textMuted },
        },
      ],
      { x, y: 1.35, w: tileW - 0.15, h: 1.0, ...BODY, valign: 'top' },
    );
  });
  const head = [t('Framework'), t('Applicable'), t('Implemented'), t('Evidenced')].map((h) => ({
    text: h,
    options: { bold: true, color: PALETTE_DIGITS.textMuted, fill: { color: PALETTE_DIGITS.surfaceMuted } },
  }));
  const rows = r.frameworks.map((f) =>
    [
      `${f.name}${f.undecided ? ` (${t('{{count}} not decided yet', { count: f.undecided })})` : ''}`,
      String(f.applicable),
      String(f.implemented),
      String(f.evidenced),
    ].map((cell) => ({ text: cell })),
  );
  slide.addTable([head, ...rows], {
    x: 0.55,
    y: 2.6,
    w: 6.9,
    colW: [3.0, 1.3, 1.3, 1.3],
    ...BODY,
    fontSize: 14,
    border: { type: 'solid', pt: 0.5, color: PALETTE_DIGITS.border },
    autoPage: false,
  });
  slide.addText(
    t(
      '{{implemented}} of {{total}} controls implemented. Readiness = (implemented + evidenced) ÷ (2 × applicable requirements). Framework pack {{version}}.',
      { implemented: r.controls.implemented, total: r.controls.total, version: r.packVersion },
    ),
    {
      x: 0.55,
      y: 5.9,
      w: 6.9,
      h: 0.7,
      ...BODY,
      fontSize: 12,
      color: PALETTE_DIGITS.textMuted,
      valign: 'top',
    },
  );

  const gaps = r.topGaps.length
    ? r.topGaps.map((g) => `${g.heading}: ${g.text}`)
    : [t('No gaps: every applicable requirement is implemented and evidenced.')];
  const evidence = r.expiringEvidence.length
    ? r.expiringEvidence.map((e) => ({
        text: `${e.title}: ${t(e.expired ? 'expired {{date}}' : 'valid until {{date}}', { date: day(e.validUntil) })}`,
        expired: e.expired,
      }))
    : [{ text: t('No evidence expires in the next 60 days.'), expired: false }];
  heading(slide, t('Top gaps'), { x: 7.9, y: 1.25, w: 4.9, h: 0.4 });
  slide.addText(
    gaps.map((gap) => ({ text: gap, options: { bullet: true, breakLine: true } })),
    { x: 7.9, y: 1.65, w: 4.9, h: 2.4, ...BODY, valign: 'top', paraSpaceAfter: 4 },
  );
  slide.addText(t('Evidence expiring or expired'), {
    x: 7.9,
    y: 4.15,
    w: 4.9,
    h: 0.4,
    ...BODY,
    fontSize: 16,
    bold: true,
  });
  slide.addText(
    evidence.map((e) => ({
      text: e.text,
      options: {
        bullet: true,
        breakLine: true,
        color: e.expired ? PALETTE_DIGITS.danger : PALETTE_DIGITS.text,
      },
    })),
    { x: 7.9, y: 4.55, w: 4.9, h: 2.2, ...BODY, valign: 'top', paraSpaceAfter: 4 },
  );
}
