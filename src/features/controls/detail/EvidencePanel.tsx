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
import { useT } from '../../../state/interfaceLanguage';

function EvidenceState({ item, today }: { item: EvidenceItem; today: string }) {
  const t = useT();
  if (evidenceExpired(item, today))
    return <span className="controls-status controls-status--expired">{t('Expired')}</span>;
  if (!evidenceCurrent(item, today)) return <span className="controls-status">{t('Not yet valid')}</span>;
  return <span className="controls-status controls-status--implemented">{t('Current')}</span>;
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
  const t = useT();
  const sorted = [...evidence].sort((a, b) => b.date.localeCompare(a.date));
  const open = async (item: EvidenceItem) => {
    if (item.kind === 'link') {
      const opened = await platform.openExternal(item.url);
      // The desktop app opens only public web addresses (no local-network names, IPs or ports).
      if (!opened)
        setMessage(
          t(
            'CAIO Desk does not open {{url}} itself (only public web addresses); copy it into your browser if you trust it.',
            { url: item.url },
          ),
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
    if (result.saved) setMessage(t('Saved to {{location}}.', { location: result.location }));
  };
  const columns: TableColumn<EvidenceItem>[] = [
    {
      key: 'evidence',
      header: t('Evidence'),
      render: (item) => (
        <>
          {item.title}
          <div className="muted">
            {item.kind === 'file' && item.file
              ? t('{{type}}, {{size}} KB', {
                  type: DOCUMENT_TYPES[item.file.mimeType as DocumentType]?.label ?? t('File'),
                  size: Math.max(1, Math.round(item.file.size / 1024)),
                })
              : t('Link')}
            {item.providedBy && t(' · provided by {{name}}', { name: item.providedBy })}
          </div>
        </>
      ),
    },
    { key: 'dated', header: t('Dated'), className: 'nowrap', render: (item) => formatDay(item.date) },
    {
      key: 'until',
      header: t('Valid until'),
      className: 'nowrap',
      render: (item) => (item.validUntil ? formatDay(item.validUntil) : t('No end')),
    },
    { key: 'state', header: t('State'), render: (item) => <EvidenceState item={item} today={today} /> },
    {
      key: 'actions',
      header: t('Actions'),
      headerHidden: true,
      className: 'nowrap',
      render: (item) => (
        <>
          <IconButton
            label={
              item.kind === 'link'
                ? t('Open {{title}}', { title: item.title })
                : t('Save a copy of {{title}}', { title: item.title })
            }
            icon={item.kind === 'link' ? ExternalLink : Download}
            onClick={() => void open(item)}
          />
          <IconButton
            label={t('Delete {{title}}', { title: item.title })}
            icon={Trash2}
            onClick={() => void trackSave(deleteEvidence(db, item.id))}
          />
        </>
      ),
    },
  ];
  return (
    <section className="card" aria-labelledby="control-evidence">
      <h2 id="control-evidence">{t('Evidence ({{count}})', { count: evidence.length })}</h2>
      {control.evidenceExpected && (
        <p className="muted">{t('Expected: {{evidence}}', { evidence: control.evidenceExpected })}</p>
      )}
      <RecordTable
        label={t('Evidence')}
        compact
        columns={columns}
        rows={sorted}
        rowKey={(item) => item.id}
        empty={t('No evidence yet.')}
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
