import { useLiveQuery } from 'dexie-react-hooks';
import { Sheet } from 'lucide-react';
import { useState } from 'react';
import { listClients } from '../../db/clients/clients';
import { describeTables, tablesInOrder } from '../../db/core/tables';
import { db } from '../../db/core/schema';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { CsvExportButton } from '../../ui/CsvExportButton';
import { tableCsvFileName, tableCsvRows } from './backupActions';
import { CsvSeparatorField } from './CsvSeparatorField';
import { OptionSelect } from '../../ui/fields/OptionSelect';
import { useT } from '../../state/interfaceLanguage';

interface RegisterRow {
  name: string;
  label: string;
  count: number;
  library: boolean;
}

/** Counts per register for one client (client-owned tables) plus the consultant-wide library tables. */
async function registerRows(clientId: string): Promise<RegisterRow[]> {
  const tables = new Map(describeTables(db).map((t) => [t.name, t]));
  const rows: RegisterRow[] = [];
  for (const { name, presentation } of tablesInOrder(db)) {
    const table = tables.get(name)!;
    if (table.keyPath === 'key') continue;
    const label = name === 'clients' ? 'Client profile' : presentation.label; // a key: shown through t
    if (name === 'clients')
      rows.push({ name, label, count: (await db.clients.get(clientId)) ? 1 : 0, library: false });
    else if (table.clientOwned)
      rows.push({
        name,
        label,
        count: await db.table(name).where('clientId').equals(clientId).count(),
        library: false,
      });
    else rows.push({ name, label, count: await db.table(name).count(), library: true });
  }
  return rows;
}

/** A CSV file of any register table, for spreadsheets: one client at a time, or the consultant library. */
export function CsvExportCard() {
  const t = useT();
  const clients = useLiveQuery(() => listClients(db), []);
  const [chosen, setChosen] = useState('');
  const client = clients?.find((c) => c.id === chosen) ?? clients?.[0];
  const rows = useLiveQuery(() => (client ? registerRows(client.id) : Promise.resolve([])), [client?.id]);
  const target = (row: RegisterRow) => (client && !row.library ? client : null);
  const columns: TableColumn<RegisterRow>[] = [
    { key: 'register', header: t('Register'), rowHeader: true, render: (row) => t(row.label) },
    { key: 'records', header: t('Records'), render: (row) => row.count },
    {
      key: 'export',
      header: t('Export'),
      headerHidden: true,
      className: 'backup-actions-cell',
      render: (row) => (
        <CsvExportButton
          fileName={tableCsvFileName(row.name, row.label, target(row))}
          rows={() => tableCsvRows(row.name, target(row))}
          ariaLabel={t('Export CSV of {{register}}', { register: t(row.label) })}
          disabled={row.count === 0}
        />
      ),
    },
  ];
  const table = (label: string, list: RegisterRow[]) => (
    <RecordTable label={label} compact columns={columns} rows={list} rowKey={(row) => row.name} />
  );

  return (
    <section className="card settings-card settings-card--wide" aria-labelledby="csv-title">
      <h2 id="csv-title">
        <Sheet size={18} aria-hidden /> {t('Spreadsheet export (CSV)')}
      </h2>
      <p className="settings-card__text">
        {t(
          'Every register as a CSV file for Excel or Numbers (UTF-8, one column per field). Client registers hold one client only.',
        )}
      </p>
      <CsvSeparatorField />
      {clients && clients.length === 0 ? (
        <p className="empty-state">{t('No clients yet: there is nothing to export.')}</p>
      ) : (
        <>
          <OptionSelect
            name="client"
            label={t('Client')}
            className="backup-narrow"
            value={client?.id ?? ''}
            options={(clients ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={setChosen}
          />
          {rows &&
            table(
              t('Registers of {{client}}', { client: client?.name ?? '' }),
              rows.filter((r) => !r.library),
            )}
          {rows && rows.some((r) => r.library) && (
            <>
              <h3 className="backup-subtitle">{t('Consultant library (all clients)')}</h3>
              {table(
                t('Consultant library'),
                rows.filter((r) => r.library),
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
