import type { ReportPage } from '../../domain/reports';
import { ReportSlide, type ReportView } from './slides/ReportSlides';
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
            <ReportSlide page={page} view={view} pageNumber={i + 1} pageCount={pages.length} />
          </div>
        </div>
      ))}
    </div>
  );
}
