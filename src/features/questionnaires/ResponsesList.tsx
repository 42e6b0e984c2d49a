import { Link } from 'react-router';
import type { AppliedEntry, StoredResponse } from '../../domain/questionnaires';
import { recordPath } from '../governance/registers/registerUi';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { dayIn } from '../../domain/shared/language';

function entryPath(clientId: string, entry: AppliedEntry): string | null {
  if (entry.table === 'aiSystems' || entry.table === 'trainingRecords')
    return recordPath(clientId, entry.table, entry.recordId);
  if (entry.table === 'useCases') return `/clients/${clientId}/portfolio/${entry.recordId}`;
  if (entry.table === 'evaluations') return `/clients/${clientId}/vendors/${entry.recordId}`;
  return null;
}

export const TABLE_LABELS: Record<string, string> = {
  aiSystems: 'AI system',
  useCases: 'Use-case idea',
  trainingRecords: 'Training record',
  evaluations: 'Evaluation',
};

/** Who answered, when, and which register entries each response made or changed (links to them). */
export function ResponsesList({
  clientId,
  responses,
}: {
  clientId: string;
  responses: readonly StoredResponse[];
}) {
  const { lang, t } = useInterfaceWording();
  return (
    <section className="card" aria-labelledby="q-responses-title">
      <h2 id="q-responses-title">{t('Responses')}</h2>
      {responses.length === 0 ? (
        <p className="muted">
          {t('No responses imported yet. Download the form, send it, and import the files that come back.')}
        </p>
      ) : (
        <table className="table" aria-label={t('Responses')}>
          <thead>
            <tr>
              <th scope="col">{t('Respondent')}</th>
              <th scope="col">{t('Submitted')}</th>
              <th scope="col">{t('Went into the registers')}</th>
            </tr>
          </thead>
          <tbody>
            {responses.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.respondent.name}
                  <div className="muted q-small">
                    {[r.respondent.role, r.respondent.department, r.respondent.email]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </td>
                <td className="nowrap">{dayIn(lang, r.submittedAt.slice(0, 10))}</td>
                <td>
                  {r.applied.length === 0 ? (
                    <span className="muted">{t('Kept as an answer only')}</span>
                  ) : (
                    <ul className="q-applied">
                      {r.applied.map((entry) => {
                        const path = entryPath(clientId, entry);
                        const text = t(
                          entry.action === 'created'
                            ? '{{kind}} created: {{label}}'
                            : '{{kind}} updated: {{label}}',
                          {
                            kind: t(TABLE_LABELS[entry.table] ?? entry.table),
                            label: entry.label,
                          },
                        );
                        return (
                          <li key={`${entry.table}-${entry.recordId}`}>
                            {path ? <Link to={path}>{text}</Link> : text}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
