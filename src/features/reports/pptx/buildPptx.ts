import PptxGenJS from 'pptxgenjs';
import {
  reportPages,
  type ReportDeltas,
  type ReportModel,
  type ReportTexts,
  type SlideConfig,
} from '../../../domain/reports';
import { logoAsPng } from './pngLogo';
import { addPageContent } from './pptxSlides';
import { PALETTE_DIGITS } from '../../../domain/shared/palette';
import { loadLanguage } from '../../../i18n/i18n';
import { reportLanguage } from '../reportLanguage';

/**
 * The same pages as the PDF, as a PowerPoint file with native text boxes, tables and charts
 * (editable in PowerPoint and LibreOffice). 13.33 x 7.5 in = the 16:9 slide of the print view.
 */
export interface PptxSource {
  model: ReportModel;
  deltas: ReportDeltas;
  texts: ReportTexts;
  slides: SlideConfig[];
}

export const SLIDE_W = 13.333;
export const FONT = 'Arial';

export async function buildPptx(source: PptxSource): Promise<Uint8Array<ArrayBuffer>> {
  await loadLanguage(source.model.client.reportLanguage ?? 'en');
  const words = reportLanguage(source.model);
  const footer = `${source.model.client.name} · ${words.t('AI progress update')} · ${words.period}`;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = footer.replaceAll(' · ', ' - ');
  pptx.company = source.model.client.name;
  const brand = source.model.client.brandColor.replace('#', '');
  const logo = await logoAsPng(source.model.client.logo);
  const consultantLogo = await logoAsPng(source.model.preparedByLogo || null);
  const pages = reportPages(source.model, source.slides, words);

  pages.forEach((page, index) => {
    const slide = pptx.addSlide();
    slide.background = { color: PALETTE_DIGITS.surface };
    slide.addShape('rect', {
      x: 0,
      y: 0,
      w: SLIDE_W,
      h: 0.12,
      fill: { color: brand },
      line: { color: brand },
    });
    if (page.kind !== 'title') {
      slide.addText(page.title, {
        x: 0.55,
        y: 0.3,
        w: 9.5,
        h: 0.7,
        fontFace: FONT,
        fontSize: 26,
        bold: true,
        color: PALETTE_DIGITS.text,
      });
      slide.addText(source.model.client.name, {
        x: 9.2,
        y: 0.35,
        w: 2.9,
        h: 0.6,
        fontFace: FONT,
        fontSize: 12,
        color: PALETTE_DIGITS.textMuted,
        align: 'right',
      });
      if (logo) slide.addImage({ data: logo, x: 12.2, y: 0.3, w: 0.65, h: 0.65 });
    }
    addPageContent(pptx, slide, page, source, { brand, logo, consultantLogo });
    slide.addText(footer, {
      x: 0.55,
      y: 7.0,
      w: 9,
      h: 0.35,
      fontFace: FONT,
      fontSize: 11,
      color: PALETTE_DIGITS.textMuted,
    });
    slide.addText(`${index + 1} / ${pages.length}`, {
      x: 11.3,
      y: 7.0,
      w: 1.5,
      h: 0.35,
      fontFace: FONT,
      fontSize: 11,
      color: PALETTE_DIGITS.textMuted,
      align: 'right',
    });
  });

  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array<ArrayBuffer>;
}
