import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { restoreRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { fieldDef, formatFieldValue, recordTitle, type RegisterDefinition } from '../../../domain/governance';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { linkText, type LinkIndex } from './registerUi';
import { formatDayTime } from '../../../domain/shared/dates';
import { ErrorText } from '../../../ui/FieldMessages';
import { useInterfaceWording } from '../../../state/interfaceLanguage';
import { REGISTER_PHRASES } from './registerPhrases';

/**
 * The register's deleted items, each with its last state as the change log kept it, and a restore.
 * A record deleted and restored is no longer listed (it is back in the register).
 */
export function DeletedRecords({
  register,
  clientId,
  present,
  index,
}: {
  register: RegisterDefinition;
  clientId: string;
  present: ReadonlySet<string>;
  index: LinkIndex;
}) {
  const [error, setError] = useState<string | null>(null);
  const { lang, t } = useInterfaceWording();
  const phrases = REGISTER_PHRASES[register.id];
  const deletions = useLiveQuery(
    () =>
      db.changes
        .where('clientId')
        .equals(clientId)
        .filter((c) => c.entity === register.id && c.kind === 'delete')
        .toArray(),
    [clientId, register.id],
  );
  if (!deletions) return null;
  const latest = new Map(deletions.sort((a, b) => a.at.localeCompare(b.at)).map((d) => [d.entityId, d]));
  const gone = [...latest.values()].filter((d) => !present.has(d.entityId)).reverse();
  if (gone.length === 0) return null;
  return (
    <details className="card gov-deleted">
      <summary>{t(phrases.deletedSummary, { n: gone.length })}</summary>
      <ErrorText>{error}</ErrorText>
      <ul className="gov-deleted__list" aria-label={t(phrases.deletedList)}>
        {gone.map((deletion) => {
          const record = deletion.oldValue as Record<string, unknown>;
          const title = recordTitle(register, record);
          const facts = register.listColumns
            .map((key) => fieldDef(register, key))
            .filter((field) => field && record[field.key] !== undefined)
            .map(
              (field) =>
                `${t(field!.label)}: ${formatFieldValue(field!, record[field!.key], { linkLabel: (id) => linkText(index, id), words: { lang, t } }) || t('(empty)')}`,
            );
          return (
            <li key={deletion.id}>
              <strong>{title}</strong>{' '}
              <span className="muted small">
                {t('deleted {{date}}', { date: formatDayTime(deletion.at) })}
              </span>
              <p className="small muted">{facts.join(' · ')}</p>
              <button
                type="button"
                className="button button--quiet"
                onClick={() =>
                  void trackSave(restoreRecord(db, deletion.id)).catch((err: unknown) =>
                    setError(describeWriteError(err)),
                  )
                }
              >
                {t('Restore {{title}}', { title })}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
