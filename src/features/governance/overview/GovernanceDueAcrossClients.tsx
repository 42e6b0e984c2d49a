import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { dueAcrossClients } from '../../../db/governance/queries';
import { db } from '../../../db/core/schema';
import { CALENDAR_KIND_LABELS } from '../../../domain/governance';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import { recordPath } from '../registers/registerUi';
import { useNow } from '../useGovernance';
import { formatDay } from '../../../domain/shared/dates';
import '../governance.css';
import '../governance-views.css';
import '../governance-wizard.css';

const SHOWN = 10;

/** The home screen's cross-client list: overdue and due in the next 14 days, each line naming its client. */
export function GovernanceDueAcrossClients() {
  const now = useNow(60_000);
  const minute = Math.floor(now.getTime() / 60_000);
  const items = useLiveQuery(() => dueAcrossClients(db, new Date(minute * 60_000)), [minute]);
  const [all, setAll] = useState(false);
  if (!items) return null;
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <section className="card" aria-labelledby="due-across-title">
      <div className="gov-card-head">
        <h2 id="due-across-title">Due across clients: next 14 days and overdue</h2>
        <span className={overdue > 0 ? 'text-danger' : 'muted'}>
          {items.length} due{overdue > 0 ? `, ${overdue} overdue` : ''}
        </span>
      </div>
      {items.length === 0 ? (
        <p className="muted">Nothing overdue or due in the next 14 days in any client's governance.</p>
      ) : (
        <table className="table table--compact due-table" aria-label="Governance items due">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Due</th>
              <th scope="col">What</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.key} className={`due-row due-row--${item.status}`}>
                <td>
                  <span className="client-cell">
                    <ClientAvatar client={item.client} size={24} />
                    <span>{item.client.shortName || item.client.name}</span>
                  </span>
                </td>
                <td className="nowrap">
                  {formatDay(item.date)}
                  <span className={`due-label due-label--${item.status}`}>{item.label}</span>
                </td>
                <td>
                  <Link to={recordPath(item.client.id, item.registerId, item.recordId)}>{item.title}</Link>
                </td>
                <td>{CALENDAR_KIND_LABELS[item.kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items.length > SHOWN && (
        <button type="button" className="button button--quiet" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}
