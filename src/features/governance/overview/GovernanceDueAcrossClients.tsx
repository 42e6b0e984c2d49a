import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { dueAcrossClients, type DueItem } from '../../../db/governance/queries';
import { db } from '../../../db/core/schema';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import type { TableColumn } from '../../../ui/table/RecordTable';
import { dueColumn, DueTable, kindColumn } from './DueList';
import type { Translate } from '../../../domain/shared/language';
import { recordPath } from '../registers/registerUi';
import { useNow } from '../useGovernance';
import '../governance.css';
import '../governance-views.css';
import '../governance-wizard.css';
import { useT } from '../../../state/interfaceLanguage';

const SHOWN = 10;

const columns = (t: Translate): TableColumn<DueItem>[] => [
  {
    key: 'client',
    header: t('Client'),
    render: (item) => (
      <span className="client-cell">
        <ClientAvatar client={item.client} size={24} />
        <span>{item.client.shortName || item.client.name}</span>
      </span>
    ),
  },
  dueColumn(t),
  {
    key: 'what',
    header: t('What'),
    render: (item) => (
      <Link to={recordPath(item.client.id, item.registerId, item.recordId)}>{item.title}</Link>
    ),
  },
  kindColumn(t),
];

/** The home screen's cross-client list: overdue and due in the next 14 days, each line naming its client. */
export function GovernanceDueAcrossClients() {
  const t = useT();
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
        <h2 id="due-across-title">{t('Due across clients: next 14 days and overdue')}</h2>
        <span className={overdue > 0 ? 'text-danger' : 'muted'}>
          {overdue > 0
            ? t('{{due}} due, {{overdue}} overdue', { due: items.length, overdue })
            : t('{{due}} due', { due: items.length })}
        </span>
      </div>
      {items.length === 0 ? (
        <p className="muted">{t("Nothing overdue or due in the next 14 days in any client's governance.")}</p>
      ) : (
        <DueTable label={t('Governance items due')} items={shown} columns={columns(t)} />
      )}
      {items.length > SHOWN && (
        <button type="button" className="button button--quiet" onClick={() => setAll(!all)}>
          {all ? t('Show fewer') : t('Show all {{n}}', { n: items.length })}
        </button>
      )}
    </section>
  );
}
