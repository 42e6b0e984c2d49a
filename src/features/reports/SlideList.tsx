import { ArrowDown, ArrowUp } from 'lucide-react';
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import {
  moveSlide,
  slideHasContent,
  SLIDE_TITLES,
  type ReportModel,
  type SlideConfig,
  type SlideKind,
} from '../../domain/reports';
import { updateRecord } from '../../db/core/records';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Badge } from '../../ui/Badge';
import { ErrorText } from '../../ui/FieldMessages';
import { useT } from '../../state/interfaceLanguage';

/** How one row changes the slide choice: the next choice from the current one. */
type SlideEdit = (slides: SlideConfig[]) => SlideConfig[];

/** Include, leave out and reorder the slides. A change redraws only the rows it changed. */
export const SlideList = memo(function SlideList({
  reportId,
  slides,
  frozen,
  model,
}: {
  reportId: string;
  slides: SlideConfig[];
  frozen: boolean;
  model: ReportModel;
}) {
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  // The rows share one stable `edit`, which applies a row's change to the choice as drawn last.
  const current = useRef(slides);
  useLayoutEffect(() => {
    current.current = slides;
  }, [slides]);
  const edit = useCallback(
    (change: SlideEdit) => {
      setError(null);
      trackSave(updateRecord(db, 'reports', reportId, { slides: change(current.current) })).catch(
        (err: unknown) => setError(describeWriteError(err)),
      );
    },
    [reportId],
  );
  return (
    <section className="card" aria-labelledby="slides-heading">
      <h2 id="slides-heading">{t('Slides')}</h2>
      <ol className="slide-list">
        {slides.map((slide, index) => (
          <SlideRow
            key={slide.kind}
            kind={slide.kind}
            included={slide.included}
            keepWhenEmpty={Boolean(slide.keepWhenEmpty)}
            hasContent={slideHasContent(slide.kind, model)}
            index={index}
            last={index === slides.length - 1}
            frozen={frozen}
            edit={edit}
          />
        ))}
      </ol>
      <ErrorText>{error}</ErrorText>
    </section>
  );
});

const SlideRow = memo(function SlideRow({
  kind,
  included,
  keepWhenEmpty,
  hasContent,
  index,
  last,
  frozen,
  edit,
}: {
  kind: SlideKind;
  included: boolean;
  keepWhenEmpty: boolean;
  hasContent: boolean;
  index: number;
  last: boolean;
  frozen: boolean;
  edit: (change: SlideEdit) => void;
}) {
  const t = useT();
  const title = t(SLIDE_TITLES[kind]);
  const set = (patch: Partial<SlideConfig>) =>
    edit((slides) => slides.map((s) => (s.kind === kind ? { ...s, ...patch } : s)));
  return (
    <li>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={included}
          disabled={frozen}
          onChange={(e) => set({ included: e.target.checked })}
        />
        {title}
      </label>
      {!hasContent && (
        <span className="slide-list__empty">
          <Badge>{t('No content: left out')}</Badge>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={keepWhenEmpty}
              disabled={frozen || !included}
              onChange={(e) => set({ keepWhenEmpty: e.target.checked })}
            />
            {t('Keep {{slide}} even though it is empty', { slide: title })}
          </label>
        </span>
      )}
      <span className="slide-list__moves">
        <button
          type="button"
          className="icon-button"
          disabled={frozen || index === 0}
          aria-label={t('Move {{name}} up', { name: title })}
          onClick={() => edit((slides) => moveSlide(slides, index, -1))}
        >
          <ArrowUp size={16} aria-hidden />
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={frozen || last}
          aria-label={t('Move {{name}} down', { name: title })}
          onClick={() => edit((slides) => moveSlide(slides, index, 1))}
        >
          <ArrowDown size={16} aria-hidden />
        </button>
      </span>
    </li>
  );
});
