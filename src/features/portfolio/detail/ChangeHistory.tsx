import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../db/core/schema';
import { describeUseCaseChange, changeGroupOfUseCaseField } from '../../../domain/portfolio';
import { formatDayTime } from '../../../domain/shared/dates';
import { HistoryFieldFilter } from '../../../ui/HistoryFieldFilter';
import { useT } from '../../../state/interfaceLanguage';

const SHOWN = 8;

/** What changed on this use case, most recent first (from the change log), filterable by field. */
export function ChangeHistory({ useCaseId }: { useCaseId: string }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const [group, setGroup] = useState('');
  const changes = useLiveQuery(
    () => db.changes.where('[entity+entityId]').equals(['useCases', useCaseId]).sortBy('at'),
    [useCaseId],
  );
  if (!changes) return null;
  const lines = changes
    .reverse()
    .map((c) => ({
      id: c.id,
      at: c.at,
      group: changeGroupOfUseCaseField(c.field),
      text: describeUseCaseChange(c.field, c.oldValue, c.newValue),
    }))
    .filter((c): c is { id: string; at: string; group: string; text: string } => Boolean(c.text));
  const groups = [...new Set(lines.map((c) => c.group))].sort((a, b) => a.localeCompare(b));
  const filtered = group ? lines.filter((c) => c.group === group) : lines;
  const shown = all ? filtered : filtered.slice(0, SHOWN);
  return (
    <section className="card" aria-labelledby="uc-changes">
      <h2 id="uc-changes">{t('Change history')}</h2>
      {lines.length === 0 ? (
        <p className="muted">{t('No edits since the use case was created.')}</p>
      ) : (
        <>
          {groups.length > 1 && (
            <HistoryFieldFilter
              className="change-list__filter"
              value={group}
              options={groups.map((g) => ({ value: g, label: g }))}
              onChange={setGroup}
            />
          )}
          <ol className="change-list" aria-label={t('Changes to this use case')}>
            {shown.map((c) => (
              <li key={c.id}>
                <time dateTime={c.at} className="muted small">
                  {formatDayTime(c.at)}
                </time>
                <p className="small">{c.text}</p>
              </li>
            ))}
          </ol>
          {filtered.length > SHOWN && (
            <button type="button" className="link-button change-list__more" onClick={() => setAll(!all)}>
              {all ? t('Show fewer') : t('Show all {{n}} changes', { n: filtered.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
