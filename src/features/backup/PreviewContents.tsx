import type { ClientImportMode, ClientImportPlan, ClientSummary, RestorePlan } from '../../domain/backup';
import type { ImportAnalysis } from '../../db/backup/import';
import { describeTables, tablePresentations } from '../../db/core/tables';
import { db } from '../../db/core/schema';
import { useInterfaceWording, useT } from '../../state/interfaceLanguage';
import { LONG_MOMENT, momentIn } from './when';

/** The facts of a file and what confirming would change: versions, clients, counts per register. */

const labels = () => tablePresentations(db);
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export function FileFactsList({ analysis }: { analysis: ImportAnalysis }) {
  const { lang, t } = useInterfaceWording();
  const { facts } = analysis;
  const versions = { format: facts.formatVersion, database: facts.schemaVersion, current: db.verno };
  return (
    <dl className="facts backup-facts">
      <dt>{t('File')}</dt>
      <dd>{t(facts.kind === 'workspace' ? 'Workspace backup (all clients)' : 'Client file (one client)')}</dd>
      <dt>{t('Made on')}</dt>
      <dd>{momentIn(lang, facts.createdAt, LONG_MOMENT)}</dd>
      <dt>{t('Made with')}</dt>
      <dd>{`CAIO Desk ${facts.appVersion}`}</dd>
      <dt>{t('Versions')}</dt>
      <dd>
        {analysis.migratedFrom === null
          ? t('Backup format {{format}} · database version {{database}}', versions)
          : t(
              'Backup format {{format}} · database version {{database}} (upgraded to version {{current}} for this app)',
              versions,
            )}
      </dd>
      <dt>{t('Checksum')}</dt>
      <dd>{t('Verified: the file is complete and unchanged')}</dd>
    </dl>
  );
}

function RegisterCounts({
  counts,
  caption,
}: {
  counts: { table: string; inFile: number; inWorkspace?: number }[];
  caption: string;
}) {
  const t = useT();
  const names = labels();
  // Key-value tables (settings) are preferences, not registers: left out of the counts.
  const preferences = new Set(
    describeTables(db)
      .filter((t) => t.keyPath === 'key')
      .map((t) => t.name),
  );
  const rows = counts.filter((c) => !preferences.has(c.table) && (c.inFile > 0 || (c.inWorkspace ?? 0) > 0));
  const showWorkspace = counts.some((c) => c.inWorkspace !== undefined);
  return (
    <table className="table table--compact backup-counts" aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">{t('Register')}</th>
          <th scope="col">{t('In the file')}</th>
          {showWorkspace && <th scope="col">{t('Now in this workspace')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={showWorkspace ? 3 : 2}>{t('No records.')}</td>
          </tr>
        )}
        {rows.map((c) => (
          <tr key={c.table}>
            <th scope="row">{t(names.get(c.table)?.label ?? c.table)}</th>
            <td>{c.inFile}</td>
            {showWorkspace && <td>{c.inWorkspace}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ClientNames({ clients }: { clients: { id: string; name: string }[] }) {
  return (
    <ul className="backup-names">
      {clients.map((c) => (
        <li key={c.id}>{c.name}</li>
      ))}
    </ul>
  );
}

export function RestorePlanView({ plan, clients }: { plan: RestorePlan; clients: ClientSummary[] }) {
  const t = useT();
  const list = clients
    .map((c) => t('{{name}} ({{count}} records)', { name: c.name, count: total(c.counts) }))
    .join(', ');
  return (
    <>
      <h3 className="backup-subtitle">{t('What the file holds')}</h3>
      <p>
        {clients.length === 0
          ? t('No clients.')
          : t('{{count}} clients: {{list}}.', { count: clients.length, list })}
      </p>
      <h3 className="backup-subtitle">{t('What will change')}</h3>
      <p>{t('The whole workspace is replaced by the backup.')}</p>
      {plan.clientsRemoved.length > 0 && (
        <div className="backup-change backup-change--danger">
          <strong>
            {t('Removed, because they are not in the backup ({{number}}):', {
              number: plan.clientsRemoved.length,
            })}
          </strong>
          <ClientNames clients={plan.clientsRemoved} />
        </div>
      )}
      {plan.clientsReplaced.length > 0 && (
        <div className="backup-change">
          <strong>
            {t('Replaced by the backup’s version ({{number}}):', { number: plan.clientsReplaced.length })}
          </strong>
          <ClientNames clients={plan.clientsReplaced} />
        </div>
      )}
      {plan.clientsAdded.length > 0 && (
        <div className="backup-change">
          <strong>{t('Added ({{number}}):', { number: plan.clientsAdded.length })}</strong>
          <ClientNames clients={plan.clientsAdded} />
        </div>
      )}
      <h3 className="backup-subtitle">{t('Records per register')}</h3>
      <RegisterCounts caption={t('Records per register')} counts={plan.tables} />
    </>
  );
}

export function ClientPlanView(props: {
  plan: ClientImportPlan;
  mode: ClientImportMode | null;
  onMode(mode: ClientImportMode): void;
}) {
  const t = useT();
  const { plan } = props;
  const names = labels();
  const counts = Object.entries(plan.client.counts).map(([table, inFile]) => ({
    table,
    inFile,
    inWorkspace: plan.existing ? (plan.existing.counts[table] ?? 0) : undefined,
  }));
  return (
    <>
      <h3 className="backup-subtitle">{t('What the file holds')}</h3>
      <p>
        {t('Client {{name}} with {{count}} records.', {
          name: plan.client.name,
          count: total(plan.client.counts),
        })}
      </p>
      <RegisterCounts caption={t('Records per register')} counts={counts} />
      {plan.library.length > 0 && (
        <p>
          {t('Consultant library: {{list}}.', {
            list: plan.library
              .map((l) => {
                const values = {
                  register: t(names.get(l.table)?.label ?? l.table),
                  added: l.added,
                  kept: l.kept,
                };
                return l.kept
                  ? t('{{register}}: {{added}} added, {{kept}} already here (kept as they are)', values)
                  : t('{{register}}: {{added}} added', values);
              })
              .join('; '),
          })}
        </p>
      )}
      <h3 className="backup-subtitle">{t('What will change')}</h3>
      {plan.existing ? (
        <fieldset className="backup-choice">
          <legend>
            {t('“{{name}}” is already in this workspace (same client identity). What should happen?', {
              name: plan.existing.name,
            })}
          </legend>
          <label>
            <input
              type="radio"
              name="client-import-mode"
              checked={props.mode === 'replace'}
              onChange={() => props.onMode('replace')}
            />{' '}
            {t('Replace it: its {{count}} records are replaced by the file’s {{incoming}}', {
              count: total(plan.existing.counts),
              incoming: total(plan.client.counts),
            })}
          </label>
          <label>
            <input
              type="radio"
              name="client-import-mode"
              checked={props.mode === 'copy'}
              onChange={() => props.onMode('copy')}
            />{' '}
            {t('Import as a copy: a separate client “{{name}} (copy)”, the existing one untouched', {
              name: plan.client.name,
            })}
          </label>
        </fieldset>
      ) : (
        <p>{t('The client is added; nothing else in the workspace changes.')}</p>
      )}
    </>
  );
}
