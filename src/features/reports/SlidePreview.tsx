import { memo, useMemo } from 'react';
import type { ReportPage } from '../../domain/reports';
import { SlideNumbering } from '../../ui/SlideFrame';
import { useLiveTexts } from './liveTexts';
import { ReportSlide, type ReportView } from './slides/ReportSlides';

/** The slides that print the report's texts (headlines, status, decisions, next steps, not doing). */
const SHOWS_TEXTS = new Set<ReportPage['kind']>(['summary', 'roadmap']);

/**
 * A preview slide is drawn again only when what it shows changed: typing a headline redraws the slides with
 * texts, not the charts and tables of the others. Pages are compared by kind and part: they are computed
 * from the same model, which must be the same object. Its page number is not compared: ticking a slide off
 * renumbers the others through `SlideNumbering`, which redraws only their frames.
 */
const PreviewSlide = memo(
  ReportSlide,
  (before, after) =>
    before.page.kind === after.page.kind &&
    before.page.part === after.page.part &&
    before.page.parts === after.page.parts &&
    before.view.model === after.view.model &&
    before.view.deltas === after.view.deltas &&
    (before.view.texts === after.view.texts || !SHOWS_TEXTS.has(after.page.kind)),
);
import './slides/slides.css';

/** Every page as it will print, scaled to fit the editor (or at its real 1280 x 720 size). */
export function SlidePreview({
  pages,
  view,
  actualSize,
}: {
  pages: ReportPage[];
  view: ReportView;
  actualSize: boolean;
}) {
  const texts = useLiveTexts();
  const shown = useMemo(() => ({ ...view, texts }), [view, texts]);
  return (
    <div className={`slide-preview ${actualSize ? 'slide-preview--actual' : ''}`}>
      {pages.map((page, i) => (
        // Keyed by what the page is, so ticking a slide off keeps the others mounted (charts are not rebuilt).
        <div key={`${page.kind}.${page.part}`} className="slide-preview__frame">
          <div className="slide-preview__scaler">
            <SlideNumbering value={{ pageNumber: i + 1, pageCount: pages.length }}>
              <PreviewSlide page={page} view={shown} pageNumber={i + 1} pageCount={pages.length} />
            </SlideNumbering>
          </div>
        </div>
      ))}
    </div>
  );
}
