import type PptxGenJS from 'pptxgenjs';
import type { ReportModel } from '../../../domain/reports';
import { bar, BODY, emptySlide } from './pptxParts';
import { reportLanguage } from '../reportLanguage';
import { PALETTE_DIGITS } from '../../../domain/shared/palette';

/** "What the staff told us" in PowerPoint: the rate as text, native bar charts of the top answers, quotes as text boxes. */
export function addStaffVoiceSlide(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  model: ReportModel,
  brand: string,
) {
  const v = model.staffVoice;
  const { t, period } = reportLanguage(model);
  if (!v) {
    return emptySlide(
      slide,
      t('No staff questionnaire of {{client}} was answered in {{period}}.', {
        client: model.client.name,
        period,
      }),
    );
  }
  bar(slide, { x: 0.55, y: 1.25, w: 3.0, h: 0.08 }, brand);
  slide.addText(
    [
      {
        text: v.rate === null ? String(v.responses) : `${v.rate}%`,
        options: { fontSize: 36, bold: true, breakLine: true },
      },
      {
        text:
          v.rate === null
            ? t('responses')
            : t('response rate · {{responses}} of {{count}} people', {
                responses: v.responses,
                count: v.expected ?? 0,
              }),
        options: { fontSize: 13, color: PALETTE_DIGITS.textMuted },
      },
    ],
    { x: 0.55, y: 1.35, w: 3.0, h: 1.1, ...BODY, valign: 'top' },
  );
  slide.addText(
    v.questionnaires.flatMap((q) => [
      { text: q.title, options: { bold: true, breakLine: true } },
      {
        text:
          t('{{count}} responses', { count: q.responses }) +
          (q.expected
            ? ` ${t('of {{expected}} ({{rate}}%)', { expected: q.expected, rate: q.rate ?? 0 })}`
            : ''),
        options: { color: PALETTE_DIGITS.textMuted, breakLine: true },
      },
    ]),
    { x: 0.55, y: 2.6, w: 3.0, h: 2.2, ...BODY, valign: 'top', paraSpaceAfter: 4 },
  );
  const width = v.charts.length > 1 ? 4.45 : 9.0;
  v.charts.forEach((chart, i) => {
    // Horizontal bars draw the first category at the bottom: reverse so the top answer reads first.
    const bars = [...chart.bars].reverse();
    slide.addChart(
      pptx.ChartType.bar,
      [{ name: t('Respondents'), labels: bars.map((b) => b.label), values: bars.map((b) => b.count) }],
      {
        x: 3.85 + i * (width + 0.1),
        y: 1.2,
        w: width,
        h: 3.6,
        barDir: 'bar',
        valAxisMajorUnit: 1,
        valAxisHidden: true,
        valGridLine: { style: 'none' },
        chartColors: [brand],
        showValue: true,
        dataLabelFontSize: 12,
        catAxisLabelFontSize: 12,
        showTitle: true,
        title: `${chart.question} (${t('{{count}} answered', { count: chart.answered })})`,
        titleFontSize: 13,
      },
    );
  });
  const quoteW = (12.2 - 0.3 * 2) / 3;
  v.quotes.forEach((q, i) => {
    slide.addText(
      [
        { text: `“${q.text}”`, options: { italic: true, fontSize: 14, breakLine: true } },
        { text: q.question, options: { fontSize: 11, color: PALETTE_DIGITS.textMuted } },
      ],
      {
        x: 0.55 + i * (quoteW + 0.3),
        y: 5.05,
        w: quoteW,
        h: 1.3,
        ...BODY,
        valign: 'top',
        fill: { color: PALETTE_DIGITS.surfaceSubtle },
        line: { color: brand, width: 0 },
        margin: 8,
      },
    );
    bar(slide, { x: 0.55 + i * (quoteW + 0.3), y: 5.05, w: 0.05, h: 1.3 }, brand);
  });
}
