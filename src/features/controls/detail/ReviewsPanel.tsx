import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { recordReview, reviewsOf } from '../../../db/controls/evidence';
import { db } from '../../../db/core/schema';
import {
  REVIEW_OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  type ReviewOutcome,
  type ReviewSubjectTable,
} from '../../../domain/controls';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { Badge } from '../../../ui/Badge';
import { formatDay } from '../../../domain/shared/dates';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

/** Review cycle of a control or register item: record a review (who, when, outcome, note) and see the past ones. */
export function ReviewsPanel(props: {
  clientId: string;
  subjectTable: ReviewSubjectTable;
  subjectId: string;
  today: string;
  people: string[];
  onRecorded?(date: string, months: number | null): Promise<void>;
}) {
  const { clientId, subjectTable, subjectId, today, people, onRecorded } = props;
  const [months, setMonths] = useState('12');
  const t = useT();
  const reviews = useLiveQuery(() => reviewsOf(db, subjectTable, subjectId), [subjectTable, subjectId]);
  const [date, setDate] = useState(today);
  const [reviewer, setReviewer] = useState('');
  const [outcome, setOutcome] = useState<ReviewOutcome>('effective');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    trackSave(
      recordReview(db, clientId, subjectTable, subjectId, { date, reviewer, outcome, note }).then(() =>
        onRecorded?.(date, /^\d+$/.test(months) && Number(months) > 0 ? Math.min(36, Number(months)) : null),
      ),
    ).then(
      () => {
        setNote('');
        setError(null);
      },
      (e: unknown) => setError(describeWriteError(e)),
    );
  return (
    <section className="card" aria-labelledby={`reviews-${subjectId}`}>
      <h2 id={`reviews-${subjectId}`}>{t('Reviews ({{count}})', { count: reviews?.length ?? 0 })}</h2>
      {reviews && reviews.length > 0 && (
        <ul className="controls-gaps" aria-label={t('Past reviews')}>
          {reviews.map((r) => (
            <li key={r.id}>
              <strong>{formatDay(r.date)}</strong> · {r.reviewer} ·{' '}
              <Badge tone="info">{t(REVIEW_OUTCOME_LABELS[r.outcome])}</Badge>
              {r.note && <div className="muted">{r.note}</div>}
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label={t('Record a review')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="controls-form">
          <div className="field">
            <label htmlFor={`review-date-${subjectId}`}>{t('Review date')}</label>
            <input
              id={`review-date-${subjectId}`}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`review-by-${subjectId}`}>{t('Reviewer')}</label>
            <input
              id={`review-by-${subjectId}`}
              list={`review-people-${subjectId}`}
              value={reviewer}
              onChange={(e) => setReviewer(e.target.value)}
            />
            <datalist id={`review-people-${subjectId}`}>
              {people.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor={`review-outcome-${subjectId}`}>{t('Review outcome')}</label>
            <select
              id={`review-outcome-${subjectId}`}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as ReviewOutcome)}
            >
              {REVIEW_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(REVIEW_OUTCOME_LABELS[o])}
                </option>
              ))}
            </select>
          </div>
          {onRecorded && (
            <div className="field">
              <label htmlFor={`review-next-${subjectId}`}>{t('Months until the following review')}</label>
              <input
                id={`review-next-${subjectId}`}
                type="number"
                min="1"
                max="36"
                value={months}
                onChange={(e) => setMonths(e.target.value)}
              />
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor={`review-note-${subjectId}`}>{t('Review note')}</label>
          <textarea
            id={`review-note-${subjectId}`}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <ErrorText>{error}</ErrorText>
        <button type="submit" className="button">
          {t('Record review')}
        </button>
      </form>
    </section>
  );
}
