import { Link } from 'react-router';
import type { AppliedEntry, StoredResponse } from '../../domain/questionnaires';
import { recordPath } from '../governance/registers/registerUi';

function entryPath(clientId: string, entry: AppliedEntry): string | null {
  if (entry.table === 'aiSystems' || entry.table === 'trainingRecords')
    return recordPath(clientId, entry.table, entry.recordId);
  if (entry.table === 'useCases') return `/clients/${clientId}/portfolio/${entry.recordId}`;
  if (entry.table === 'evaluations') return `/clients/${clientId}/vendors/${entry.recordId}`;
  return null;
}

const TABLE_LABELS: Record<string, string> = {
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
  return (
    <section className="card" aria-labelledby="q-responses-title">
      <h2 id="q-responses-title">Responses</h2>
      {responses.length === 0 ? (
        <p className="muted">
          No responses imported yet. Download the form, send it, and import the files that come back.
        </p>
      ) : (
        <table className="table" aria-label="Responses">
          <thead>
            <tr>
              <th scope="col">Respondent</th>
              <th scope="col">Submitted</th>
              <th scope="col">Went into the registers</th>
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
                <td className="nowrap">{r.submittedAt.slice(0, 10)}</td>
                <td>
                  {r.applied.length === 0 ? (
                    <span className="muted">Kept as an answer only</span>
                  ) : (
                    <ul className="q-applied">
                      {r.applied.map((entry) => {
                        const path = entryPath(clientId, entry);
                        const text = `${TABLE_LABELS[entry.table] ?? entry.table} ${entry.action}: ${entry.label}`;
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
