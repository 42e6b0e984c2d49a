import { format } from 'date-fns';
import type { ClientImportMode, ClientImportPlan, ClientSummary, RestorePlan } from '../../domain/backup';
import type { ImportAnalysis } from '../../db/backup/import';
import { describeTables, tablePresentations } from '../../db/core/tables';
import { db } from '../../db/core/schema';

/** The facts of a file and what confirming would change: versions, clients, counts per register. */

const labels = () => tablePresentations(db);
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function when(iso: string): string {
  return format(new Date(iso), 'd MMMM yyyy, HH:mm');
}

export function FileFactsList({ analysis }: { analysis: ImportAnalysis }) {
  const { facts } = analysis;
  return (
    <dl className="facts backup-facts">
      <dt>File</dt>
      <dd>{facts.kind === 'workspace' ? 'Workspace backup (all clients)' : 'Client file (one client)'}</dd>
      <dt>Made on</dt>
      <dd>{when(facts.createdAt)}</dd>
      <dt>Made with</dt>
      <dd>CAIO Desk {facts.appVersion}</dd>
      <dt>Versions</dt>
      <dd>
        Backup format {facts.formatVersion} · database version {facts.schemaVersion}
        {analysis.migratedFrom !== null && ` (upgraded to version ${db.verno} for this app)`}
      </dd>
      <dt>Checksum</dt>
      <dd>Verified: the file is complete and unchanged</dd>
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
          <th scope="col">Register</th>
          <th scope="col">In the file</th>
          {showWorkspace && <th scope="col">Now in this workspace</th>}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={showWorkspace ? 3 : 2}>No records.</td>
          </tr>
        )}
        {rows.map((c) => (
          <tr key={c.table}>
            <th scope="row">{names.get(c.table)?.label ?? c.table}</th>
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
  return (
    <>
      <h3 className="backup-subtitle">What the file holds</h3>
      <p>
        {clients.length} client{clients.length === 1 ? '' : 's'}:{' '}
        {clients.map((c) => `${c.name} (${total(c.counts)} records)`).join(', ') || 'none'}.
      </p>
      <h3 className="backup-subtitle">What will change</h3>
      <p>The whole workspace is replaced by the backup.</p>
      {plan.clientsRemoved.length > 0 && (
        <div className="backup-change backup-change--danger">
          <strong>Removed, because they are not in the backup ({plan.clientsRemoved.length}):</strong>
          <ClientNames clients={plan.clientsRemoved} />
        </div>
      )}
      {plan.clientsReplaced.length > 0 && (
        <div className="backup-change">
          <strong>Replaced by the backup’s version ({plan.clientsReplaced.length}):</strong>
          <ClientNames clients={plan.clientsReplaced} />
        </div>
      )}
      {plan.clientsAdded.length > 0 && (
        <div className="backup-change">
          <strong>Added ({plan.clientsAdded.length}):</strong>
          <ClientNames clients={plan.clientsAdded} />
        </div>
      )}
      <h3 className="backup-subtitle">Records per register</h3>
      <RegisterCounts caption="Records per register" counts={plan.tables} />
    </>
  );
}

export function ClientPlanView(props: {
  plan: ClientImportPlan;
  mode: ClientImportMode | null;
  onMode(mode: ClientImportMode): void;
}) {
  const { plan } = props;
  const names = labels();
  const counts = Object.entries(plan.client.counts).map(([table, inFile]) => ({
    table,
    inFile,
    inWorkspace: plan.existing ? (plan.existing.counts[table] ?? 0) : undefined,
  }));
  return (
    <>
      <h3 className="backup-subtitle">What the file holds</h3>
      <p>
        Client <strong>{plan.client.name}</strong> with {total(plan.client.counts)} records.
      </p>
      <RegisterCounts caption="Records per register" counts={counts} />
      {plan.library.length > 0 && (
        <p>
          Consultant library:{' '}
          {plan.library
            .map(
              (l) =>
                `${names.get(l.table)?.label ?? l.table}: ${l.added} added${l.kept ? `, ${l.kept} already here (kept as they are)` : ''}`,
            )
            .join('; ')}
          .
        </p>
      )}
      <h3 className="backup-subtitle">What will change</h3>
      {plan.existing ? (
        <fieldset className="backup-choice">
          <legend>
            “{plan.existing.name}” is already in this workspace (same client identity). What should happen?
          </legend>
          <label>
            <input
              type="radio"
              name="client-import-mode"
              checked={props.mode === 'replace'}
              onChange={() => props.onMode('replace')}
            />{' '}
            Replace it: its {total(plan.existing.counts)} records are replaced by the file’s{' '}
            {total(plan.client.counts)}
          </label>
          <label>
            <input
              type="radio"
              name="client-import-mode"
              checked={props.mode === 'copy'}
              onChange={() => props.onMode('copy')}
            />{' '}
            Import as a copy: a separate client “{plan.client.name} (copy)”, the existing one untouched
          </label>
        </fieldset>
      ) : (
        <p>The client is added; nothing else in the workspace changes.</p>
      )}
    </>
  );
}
