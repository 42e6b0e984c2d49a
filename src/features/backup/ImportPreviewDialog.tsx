import { useState } from 'react';
import { useNavigate } from 'react-router';
import { BackupRejectedError, type BackupProblem, type ClientImportMode } from '../../domain/backup';
import { importClient, restoreWorkspace } from '../../db/backup/apply';
import type { ImportAnalysis } from '../../db/backup/import';
import { db } from '../../db/core/schema';
import { dayIn } from '../../domain/shared/language';
import { trackSave } from '../../state/saveStatus';
import { Dialog } from '../../ui/Dialog';
import { saveSafetyBackup, writeAutoBackup } from './backupActions';
import { ClientPlanView, FileFactsList, RestorePlanView } from './PreviewContents';
import { ProblemList } from './ProblemList';
import { useInterfaceWording } from '../../state/interfaceLanguage';

/**
 * The preview before any import or restore: what the file holds, what will be added, replaced or
 * removed. Nothing is written until the user confirms; then a safety backup comes first.
 */
export function ImportPreviewDialog(props: {
  analysis: ImportAnalysis;
  platformKind: 'desktop' | 'browser' | undefined;
  onClose(done?: string): void;
}) {
  const { analysis } = props;
  const { plan } = analysis;
  const { lang, t } = useInterfaceWording();
  const navigate = useNavigate();
  const [mode, setMode] = useState<ClientImportMode | null>(
    plan.kind === 'client' && !plan.existing ? 'new' : null,
  );
  const [safetyDownload, setSafetyDownload] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<BackupProblem[] | null>(null);
  const isRestore = plan.kind === 'workspace';
  const clientName = plan.kind === 'client' ? plan.client.name : '';

  const confirm = async () => {
    setBusy(true);
    setProblems(null);
    try {
      if (props.platformKind === 'desktop')
        await writeAutoBackup(isRestore ? 'before-restore' : 'before-import');
      else if (safetyDownload) await saveSafetyBackup();
      if (isRestore) {
        await trackSave(restoreWorkspace(db, analysis));
        props.onClose(
          t('Backup restored: the workspace now holds {{count}} clients from the backup of {{date}}.', {
            count: analysis.summary.clients.length,
            date: dayIn(lang, analysis.facts.createdAt),
          }),
        );
      } else if (mode) {
        const result = await trackSave(importClient(db, analysis, mode));
        props.onClose(t('Client “{{name}}” imported.', { name: result.clientName }));
        navigate(`/clients/${result.clientId}`);
      }
    } catch (error) {
      setProblems(
        error instanceof BackupRejectedError
          ? error.problems
          : [
              {
                code: 'bad-record',
                message: t('Nothing was imported: {{reason}}', {
                  reason: error instanceof Error ? error.message : String(error),
                }),
              },
            ],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      wide
      onOpenChange={(open) => !open && !busy && props.onClose()}
      title={isRestore ? t('Restore this backup?') : t('Import client “{{name}}”?', { name: clientName })}
      description={t('Check what the file holds and what will change. Nothing changes until you confirm.')}
    >
      <div className="backup-preview">
        <FileFactsList analysis={analysis} />
        {plan.kind === 'workspace' ? (
          <RestorePlanView plan={plan} clients={analysis.summary.clients} />
        ) : (
          <ClientPlanView plan={plan} mode={mode} onMode={setMode} />
        )}
        {analysis.markupFields > 0 && (
          <p className="backup-warning" role="note">
            {t(
              '{{count}} text fields contain HTML or script code. They are imported as plain text and always shown as text: nothing in them runs.',
              { count: analysis.markupFields },
            )}
          </p>
        )}
        {analysis.notes.length > 0 && (
          <div className="backup-warning" role="note">
            <p>{t('Left out of this import, because this client does not need them:')}</p>
            <ul>
              {analysis.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        )}
        {props.platformKind === 'desktop' ? (
          <p className="settings-card__meta">
            {t('An automatic backup of the current workspace is saved first, so you can go back.')}
          </p>
        ) : (
          <label className="backup-check">
            <input
              type="checkbox"
              checked={safetyDownload}
              onChange={(e) => setSafetyDownload(e.target.checked)}
            />{' '}
            {t(
              db.vault.mode === 'off'
                ? 'First download a backup of the current workspace, so I can go back'
                : 'First download a backup of the current workspace, so I can go back (encrypted: it opens only in this workspace)',
            )}
          </label>
        )}
        {problems && <ProblemList title={t('The file was not imported')} problems={problems} />}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => props.onClose()} disabled={busy}>
          {t('Cancel')}
        </button>
        <button
          type="button"
          className={`button ${isRestore ? 'button--danger' : 'button--primary'}`}
          onClick={confirm}
          disabled={busy || (!isRestore && mode === null)}
        >
          {t(busy ? 'Working…' : isRestore ? 'Replace the workspace with this backup' : 'Import client')}
        </button>
      </div>
    </Dialog>
  );
}
