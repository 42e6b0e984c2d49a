import { memo } from 'react';
import type { ReportPage } from '../../domain/reports';
import { ReportSlide, type ReportView } from './slides/ReportSlides';

/** The slides that print the report's texts (headlines, status, decisions, next steps, not doing). */
const SHOWS_TEXTS = new Set<ReportPage['kind']>(['summary', 'roadmap']);

/**
 * A preview slide is drawn again only when what it shows changed: typing a headline redraws the slides with
 * texts, not the charts and tables of the others. Pages are compared by kind and part: they are computed
 * from the same model, which must be the same object.
 */
const PreviewSlide = memo(
  ReportSlide,
  (before, after) =>
    before.pageNumber === after.pageNumber &&
    before.pageCount === after.pageCount &&
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
  return (
    <div className={`slide-preview ${actualSize ? 'slide-preview--actual' : ''}`}>
      {pages.map((page, i) => (
        <div key={i} className="slide-preview__frame">
          <div className="slide-preview__scaler">
            <PreviewSlide page={page} view={view} pageNumber={i + 1} pageCount={pages.length} />
          </div>
        </div>
      ))}
    </div>
  );
}
