import { useLiveQuery } from 'dexie-react-hooks';
import { DatabaseBackup } from 'lucide-react';
import { useState } from 'react';
import type { BackupProblem } from '../../domain/backup';
import { BACKUP_SETTING_KEYS, getBackupSetting } from '../../db/backup/settings';
import { db } from '../../db/core/schema';
import { saveFailureMessage, saveWorkspaceBackup } from './backupActions';
import { CardFeedback } from './CardFeedback';
import { useProtectOption } from './ProtectOption';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { agoIn } from './when';

/** One file with the whole workspace: every client, register, library record and setting. */
export function WorkspaceBackupCard({ platformKind }: { platformKind: 'desktop' | 'browser' | undefined }) {
  const { lang, t } = useInterfaceWording();
  const lastBackupAt = useLiveQuery(() => getBackupSetting(db, BACKUP_SETTING_KEYS.lastBackupAt), []);
  const clientCount = useLiveQuery(() => db.clients.count(), []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [integrity, setIntegrity] = useState<BackupProblem[]>([]);
  const [protect, protectField] = useProtectOption();

  const backUp = async () => {
    setBusy(true);
    setMessage(null);
    setError(null);
    try {
      const { result, integrityProblems } = await saveWorkspaceBackup(
        new Date(),
        protect.passphrase ?? undefined,
      );
      setIntegrity(integrityProblems);
      if (result.saved)
        setMessage(
          platformKind === 'browser'
            ? t('Backup downloaded as {{file}}. Keep it somewhere safe, away from this computer.', {
                file: result.location,
              })
            : t('Backup saved to {{file}}.', { file: result.location }),
        );
      else setError(saveFailureMessage(result));
    } catch (err) {
      setError(
        t('The backup could not be made: {{reason}}', {
          reason: err instanceof Error ? err.message : String(err),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card settings-card" aria-labelledby="workspace-backup-title">
      <h2 id="workspace-backup-title">
        <DatabaseBackup size={18} aria-hidden /> {t('Back up the workspace')}
      </h2>
      <p className="settings-card__text">
        {clientCount === undefined
          ? t(
              'One file with all clients, every register, the consultant library and settings, with a checksum so a damaged copy is recognised.',
            )
          : t(
              'One file with all {{count}} clients, every register, the consultant library and settings, with a checksum so a damaged copy is recognised.',
              { count: clientCount },
            )}
      </p>
      <p className="settings-card__meta">
        {lastBackupAt ? (
          <>
            {t('Last backup you saved:')} <time dateTime={lastBackupAt}>{agoIn(lang, lastBackupAt)}</time>
          </>
        ) : (
          t('Last backup you saved: never')
        )}
      </p>
      {protectField}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={backUp}
          disabled={busy || protect.problem !== null}
        >
          {t(
            busy ? 'Making the backup…' : platformKind === 'browser' ? 'Download a backup' : 'Save a backup…',
          )}
        </button>
      </div>
      <CardFeedback message={message} error={error} />
      {integrity.length > 0 && (
        <div className="backup-warning" role="alert">
          <strong>
            {t('The backup was made, but the workspace has {{count}} broken links:', {
              count: integrity.length,
            })}
          </strong>
          <ul>
            {integrity.slice(0, 5).map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
          <p>
            {t(
              'A backup is only accepted for restore when every link points at a record it contains. Fix or remove these links, then back up again.',
            )}
          </p>
        </div>
      )}
    </section>
  );
}
