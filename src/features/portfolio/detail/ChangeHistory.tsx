import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../db/schema';
import { describeUseCaseChange } from '../../../domain/portfolio';
import { formatDayTime } from '../../../domain/shared/dates';

const SHOWN = 8;

/** What changed on this use case, most recent first (from the register's change history). */
export function ChangeHistory({ useCaseId }: { useCaseId: string }) {
  const [all, setAll] = useState(false);
  const changes = useLiveQuery(() => db.changes.where('[entity+entityId]').equals(['useCases', useCaseId]).sortBy('at'), [useCaseId]);
  if (!changes) return null;
  const lines = changes
    .reverse()
    .map((c) => ({ id: c.id, at: c.at, text: describeUseCaseChange(c.field, c.oldValue, c.newValue) }))
    .filter((c): c is { id: string; at: string; text: string } => Boolean(c.text));
  const shown = all ? lines : lines.slice(0, SHOWN);
  return (
    <section className="card" aria-labelledby="uc-changes">
      <h2 id="uc-changes">Change history</h2>
      {lines.length === 0 ? (
        <p className="muted">No edits since the use case was created.</p>
      ) : (
        <>
          <ol className="change-list" aria-label="Changes to this use case">
            {shown.map((c) => (
              <li key={c.id}>
                <time dateTime={c.at} className="muted small">
                  {formatDayTime(c.at)}
                </time>
                <p className="small">{c.text}</p>
              </li>
            ))}
          </ol>
          {lines.length > SHOWN && (
            <button type="button" className="link-button change-list__more" onClick={() => setAll(!all)}>
              {all ? 'Show fewer' : `Show all ${lines.length} changes`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
