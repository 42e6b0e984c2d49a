import { ArrowDown, ArrowUp } from 'lucide-react';
import { useState } from 'react';
import {
  moveSlide,
  slideHasContent,
  SLIDE_TITLES,
  type Report,
  type ReportModel,
  type SlideConfig,
} from '../../domain/reports';
import { updateRecord } from '../../db/core/records';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Badge } from '../../ui/Badge';
import { ErrorText } from '../../ui/FieldMessages';

/** Include, leave out and reorder the slides. */
export function SlideList({
  report,
  slides,
  frozen,
  model,
}: {
  report: Report;
  slides: SlideConfig[];
  frozen: boolean;
  model: ReportModel;
}) {
  const [error, setError] = useState<string | null>(null);
  const save = (next: SlideConfig[]) => {
    setError(null);
    trackSave(updateRecord(db, 'reports', report.id, { slides: next })).catch((err: unknown) =>
      setError(describeWriteError(err)),
    );
  };
  return (
    <section className="card" aria-labelledby="slides-heading">
      <h2 id="slides-heading">Slides</h2>
      <ol className="slide-list">
        {slides.map((slide, index) => (
          <li key={slide.kind}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={slide.included}
                disabled={frozen}
                onChange={(e) =>
                  save(slides.map((s) => (s.kind === slide.kind ? { ...s, included: e.target.checked } : s)))
                }
              />
              {SLIDE_TITLES[slide.kind]}
            </label>
            {!slideHasContent(slide.kind, model) && (
              <span className="slide-list__empty">
                <Badge>No content: left out</Badge>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={Boolean(slide.keepWhenEmpty)}
                    disabled={frozen || !slide.included}
                    onChange={(e) =>
                      save(
                        slides.map((s) =>
                          s.kind === slide.kind ? { ...s, keepWhenEmpty: e.target.checked } : s,
                        ),
                      )
                    }
                  />
                  Keep {SLIDE_TITLES[slide.kind]} even though it is empty
                </label>
              </span>
            )}
            <span className="slide-list__moves">
              <button
                type="button"
                className="icon-button"
                disabled={frozen || index === 0}
                aria-label={`Move ${SLIDE_TITLES[slide.kind]} up`}
                onClick={() => save(moveSlide(slides, index, -1))}
              >
                <ArrowUp size={16} aria-hidden />
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={frozen || index === slides.length - 1}
                aria-label={`Move ${SLIDE_TITLES[slide.kind]} down`}
                onClick={() => save(moveSlide(slides, index, 1))}
              >
                <ArrowDown size={16} aria-hidden />
              </button>
            </span>
          </li>
        ))}
      </ol>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
