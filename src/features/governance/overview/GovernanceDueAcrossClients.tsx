import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { dueAcrossClients, type DueItem } from '../../../db/governance/queries';
import { db } from '../../../db/core/schema';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import type { TableColumn } from '../../../ui/table/RecordTable';
import { DUE_COLUMN, DueTable, KIND_COLUMN } from './DueList';
import { recordPath } from '../registers/registerUi';
import { useNow } from '../useGovernance';
import '../governance.css';
import '../governance-views.css';
import '../governance-wizard.css';

const SHOWN = 10;

const COLUMNS: TableColumn<DueItem>[] = [
  {
    key: 'client',
    header: 'Client',
    render: (item) => (
      <span className="client-cell">
        <ClientAvatar client={item.client} size={24} />
        <span>{item.client.shortName || item.client.name}</span>
      </span>
    ),
  },
  DUE_COLUMN,
  {
    key: 'what',
    header: 'What',
    render: (item) => (
      <Link to={recordPath(item.client.id, item.registerId, item.recordId)}>{item.title}</Link>
    ),
  },
  KIND_COLUMN,
];

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
        <DueTable label="Governance items due" items={shown} columns={COLUMNS} />
      )}
      {items.length > SHOWN && (
        <button type="button" className="button button--quiet" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}
