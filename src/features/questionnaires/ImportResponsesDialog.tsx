import { useState } from 'react';
import { applyResponses, type ReadyResponse } from '../../db/questionnaires/apply';
import type { ResponsesPreview } from '../../db/questionnaires/import';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Dialog } from '../../ui/Dialog';
import { Badge } from '../../ui/Badge';
import { ErrorText } from '../../ui/FieldMessages';
import { useT } from '../../state/interfaceLanguage';

function List({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="q-preview-group">
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={`${item}-${i}`}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** What the chosen response files hold and what applying them changes; nothing is written before "Apply". */
export function ImportResponsesDialog({
  clientId,
  preview,
  onClose,
}: {
  clientId: string;
  preview: ResponsesPreview;
  onClose(): void;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = preview.files.filter(
    (f): f is Extract<typeof f, { status: 'ready' }> => f.status === 'ready',
  );
  const apply = async () => {
    setBusy(true);
    try {
      await trackSave(applyResponses(db, clientId, ready as ReadyResponse[]));
      onClose();
    } catch (err) {
      setError(t('Nothing was imported: {{reason}}', { reason: describeWriteError(err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('Import responses')}
      wide
      description={t('{{count}} files checked. Nothing has changed yet.', { count: preview.files.length })}
    >
      <table className="table table--compact" aria-label={t('Response files')}>
        <thead>
          <tr>
            <th scope="col">{t('File')}</th>
            <th scope="col">{t('Result')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.files.map((file, index) => (
            <tr key={`${file.fileName}-${index}`}>
              <td className="q-file">{file.fileName}</td>
              <td>
                {file.status === 'ready' && (
                  <span>
                    <Badge tone="success">{t('Ready')}</Badge> {file.response.respondent.name}
                    {file.response.respondent.department
                      ? ` (${file.response.respondent.department})`
                      : ''}, {file.questionnaire.title}
                  </span>
                )}
                {file.status === 'duplicate' && (
                  <span>
                    <Badge>{t('Duplicate file')}</Badge> {file.reason}
                  </span>
                )}
                {file.status === 'refused' && (
                  <span>
                    <Badge tone="danger">{t('Refused')}</Badge> {file.problem}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ready.length > 0 && (
        <div className="q-preview" aria-label={t('What will change')}>
          <List title={t('New in the AI-system inventory (reported by staff)')} items={preview.newSystems} />
          <List title={t('Already in the inventory (users and data added)')} items={preview.knownSystems} />
          <List title={t('New use-case ideas')} items={preview.ideas} />
          <List title={t('Training records (AI literacy)')} items={preview.trainingPeople} />
          {preview.ddAnswers > 0 && (
            <p>
              {t('{{count}} due-diligence answers with their evidence go into the vendor evaluation.', {
                count: preview.ddAnswers,
              })}
            </p>
          )}
        </div>
      )}
      <ErrorText>{error}</ErrorText>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('Cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={apply}
          disabled={ready.length === 0 || busy}
        >
          {ready.length === 0
            ? t('Nothing to import')
            : t('Apply {{count}} responses', { count: ready.length })}
        </button>
      </div>
    </Dialog>
  );
}
