import { Download, ExternalLink, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { deleteEvidence } from '../../../db/controls/evidence';
import { db } from '../../../db/core/schema';
import {
  evidenceCurrent,
  evidenceExpired,
  type ClientControl,
  type EvidenceItem,
} from '../../../domain/controls';
import { DOCUMENT_TYPES, downloadName, type DocumentType } from '../../../domain/shared/fileContent';
import { platform } from '../../../platform';
import { trackSave } from '../../../state/saveStatus';
import { IconButton } from '../../../ui/IconButton';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { AddEvidenceForm } from './AddEvidenceForm';
import { formatDay } from '../../../domain/shared/dates';

function EvidenceState({ item, today }: { item: EvidenceItem; today: string }) {
  if (evidenceExpired(item, today))
    return <span className="controls-status controls-status--expired">Expired</span>;
  if (!evidenceCurrent(item, today)) return <span className="controls-status">Not yet valid</span>;
  return <span className="controls-status controls-status--implemented">Current</span>;
}

/** A control's evidence: files kept in the database or links, each dated, with "valid until" and who provided it. */
export function EvidencePanel({
  control,
  evidence,
  today,
}: {
  control: ClientControl;
  evidence: EvidenceItem[];
  today: string;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const sorted = [...evidence].sort((a, b) => b.date.localeCompare(a.date));
  const open = async (item: EvidenceItem) => {
    if (item.kind === 'link') {
      const opened = await platform.openExternal(item.url);
      // The desktop app opens only public web addresses (no local-network names, IPs or ports).
      if (!opened)
        setMessage(
          `CAIO Desk does not open ${item.url} itself (only public web addresses); copy it into your browser if you trust it.`,
        );
      return;
    }
    if (!item.file) return;
    const type = item.file.mimeType as DocumentType;
    const result = await platform.saveFile({
      suggestedName: downloadName(item.file.name, type),
      data: new Uint8Array(item.file.data),
      filters: [{ name: DOCUMENT_TYPES[type].label, extensions: [DOCUMENT_TYPES[type].extension] }],
    });
    if (result.saved) setMessage(`Saved to ${result.location}.`);
  };
  const columns: TableColumn<EvidenceItem>[] = [
    {
      key: 'evidence',
      header: 'Evidence',
      render: (item) => (
        <>
          {item.title}
          <div className="muted">
            {item.kind === 'file' && item.file
              ? `${DOCUMENT_TYPES[item.file.mimeType as DocumentType]?.label ?? 'File'}, ${Math.max(1, Math.round(item.file.size / 1024))} KB`
              : 'Link'}
            {item.providedBy && ` · provided by ${item.providedBy}`}
          </div>
        </>
      ),
    },
    { key: 'dated', header: 'Dated', className: 'nowrap', render: (item) => formatDay(item.date) },
    {
      key: 'until',
      header: 'Valid until',
      className: 'nowrap',
      render: (item) => (item.validUntil ? formatDay(item.validUntil) : 'No end'),
    },
    { key: 'state', header: 'State', render: (item) => <EvidenceState item={item} today={today} /> },
    {
      key: 'actions',
      header: 'Actions',
      headerHidden: true,
      className: 'nowrap',
      render: (item) => (
        <>
          <IconButton
            label={item.kind === 'link' ? `Open ${item.title}` : `Save a copy of ${item.title}`}
            icon={item.kind === 'link' ? ExternalLink : Download}
            onClick={() => void open(item)}
          />
          <IconButton
            label={`Delete ${item.title}`}
            icon={Trash2}
            onClick={() => void trackSave(deleteEvidence(db, item.id))}
          />
        </>
      ),
    },
  ];
  return (
    <section className="card" aria-labelledby="control-evidence">
      <h2 id="control-evidence">Evidence ({evidence.length})</h2>
      {control.evidenceExpected && <p className="muted">Expected: {control.evidenceExpected}</p>}
      <RecordTable
        label="Evidence"
        compact
        columns={columns}
        rows={sorted}
        rowKey={(item) => item.id}
        empty="No evidence yet."
      />
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
      <AddEvidenceForm controlId={control.id} today={today} />
    </section>
  );
}
