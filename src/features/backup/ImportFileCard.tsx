import { FileUp } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import { checkSize, MAX_BACKUP_BYTES, formatBytes, type BackupProblem } from '../../domain/backup';
import type { ImportAnalysis, ImportProgress } from '../../db/backup/import';
import { analyseFile, progressText } from './analyseFile';
import { ProblemList } from './ProblemList';
import { ProtectedFileForm } from './ProtectedFileForm';
import { appVersion } from './backupActions';
import { db } from '../../db/core/schema';
import { isVaultBackupText, openVaultBackupText } from '../../db/vault/vaultBackup';
import { PROTECTED_FORMAT } from '../../domain/vault/protectedFile';
import { LOCALE_OF } from '../../domain/shared/language';
import { useInterfaceWording } from '../../state/interfaceLanguage';

/** Pick a workspace backup or a client file; it is read and checked in full, then previewed. Nothing is written here. */
export function ImportFileCard({ onAnalysed }: { onAnalysed(analysis: ImportAnalysis): void }) {
  const { lang, t } = useInterfaceWording();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [refused, setRefused] = useState<{ name: string; problems: BackupProblem[] } | null>(null);
  const [locked, setLocked] = useState<File | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setRefused(null);
    setLocked(null);
    const tooLarge = checkSize(file.size);
    if (tooLarge) return setRefused({ name: file.name, problems: [tooLarge] });
    const head = await file.slice(0, 400).text();
    if (head.includes(`"${PROTECTED_FORMAT}"`)) return setLocked(file);
    await check(file.name, file);
  };

  const check = async (name: string, file: Blob) => {
    setBusy(true);
    setProgress(null);
    try {
      const head = await file.slice(0, 400).text();
      if (isVaultBackupText(head)) {
        // An automatic backup of this encrypted workspace, picked by hand: opened with the keys in memory.
        const opened = await openVaultBackupText(db, await file.text(), await appVersion());
        file = new Blob([opened.text]);
      }
      const result = await analyseFile(file, setProgress);
      if (result.ok) onAnalysed(result.value);
      else setRefused({ name, problems: result.problems });
    } catch (error) {
      setRefused({
        name,
        problems: [
          {
            code: 'not-json',
            message: t('The file could not be read: {{reason}}', {
              reason: error instanceof Error ? error.message : String(error),
            }),
          },
        ],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card settings-card" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>
        <FileUp size={18} aria-hidden /> {t('Restore or import a file')}
      </h2>
      <p className="settings-card__text">
        {t(
          'A workspace backup replaces the whole workspace. A client file (handover bundle) adds that one client. You see what the file holds and what will change before anything is written.',
        )}
      </p>
      <div className="backup-file">
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={onFile}
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
        />
        <label htmlFor={inputId} className="button button--primary">
          {t(busy ? 'Checking the file…' : 'Choose a backup or client file…')}
        </label>
        <p className="field__hint" id={`${inputId}-hint`}>
          {t('CAIO Desk .json files up to {{size}}.', {
            size: formatBytes(MAX_BACKUP_BYTES, LOCALE_OF[lang]),
          })}
        </p>
        {busy && (
          <p className="backup-progress" role="status">
            {progressText(progress, lang)}
            {progress?.phase === 'checking' && progress.total > 0 && (
              <progress value={progress.done} max={progress.total} aria-label={t('Records checked')} />
            )}
          </p>
        )}
      </div>
      {locked && (
        <ProtectedFileForm
          file={locked}
          onOpened={(text) => {
            const file = locked;
            setLocked(null);
            void check(file.name, new Blob([text]));
          }}
          onCancel={() => setLocked(null)}
        />
      )}
      {refused && (
        <ProblemList
          title={t('“{{name}}” cannot be imported', { name: refused.name })}
          problems={refused.problems}
        />
      )}
    </section>
  );
}
