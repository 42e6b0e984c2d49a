import { History } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import {
  AUTO_BACKUP_REASON_LABELS,
  BROWSER_REMINDER_AFTER_MS,
  DEFAULT_AUTO_BACKUPS_KEPT,
  formatBytes,
  type AutoBackupEntry,
  type BackupProblem,
} from '../../domain/backup';
import { analyseBackupText, type ImportAnalysis } from '../../db/backup/import';
import { db } from '../../db/core/schema';
import { platform } from '../../platform';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { ProblemList } from './ProblemList';
import { readAutoBackupText } from './backupActions';
import { ErrorText } from '../../ui/FieldMessages';
import { LOCALE_OF } from '../../domain/shared/language';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { momentIn } from './when';

/** Desktop: the automatic backups in the app's data folder, each restorable. Browser: how the reminder works. */
export function AutoBackupsCard(props: {
  platformKind: 'desktop' | 'browser' | undefined;
  onAnalysed(analysis: ImportAnalysis): void;
  refreshKey: number;
}) {
  const { lang, t } = useInterfaceWording();
  const [entries, setEntries] = useState<AutoBackupEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ name: string; problems: BackupProblem[] } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const desktop = props.platformKind === 'desktop';

  const load = useCallback(() => {
    platform.listAutoBackups().then(setEntries, (error: unknown) =>
      setLoadError(
        t('The backup folder could not be read: {{reason}}', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      ),
    );
  }, [t]);
  useEffect(() => {
    if (desktop) load();
  }, [desktop, load, props.refreshKey]);

  const open = async (entry: AutoBackupEntry) => {
    setRefused(null);
    setOpening(entry.name);
    try {
      const { text, shredded } = await readAutoBackupText(entry.name);
      const result = await analyseBackupText(db, text);
      if (result.ok && shredded > 0)
        result.value.notes.push(
          t(
            '{{count}} records of deleted clients cannot be read any more: their keys were destroyed when the clients were deleted.',
            { count: shredded },
          ),
        );
      if (result.ok) props.onAnalysed(result.value);
      else setRefused({ name: entry.name, problems: result.problems });
    } catch (error) {
      setRefused({
        name: entry.name,
        problems: [
          {
            code: 'not-json',
            message: t('The backup could not be read: {{reason}}', {
              reason: error instanceof Error ? error.message : String(error),
            }),
          },
        ],
      });
    } finally {
      setOpening(null);
    }
  };

  const columns: TableColumn<AutoBackupEntry>[] = [
    {
      key: 'made',
      header: t('Made on'),
      render: (e) => momentIn(lang, e.createdAt, 'EEE d MMM yyyy, HH:mm'),
    },
    { key: 'why', header: t('Why'), render: (e) => t(AUTO_BACKUP_REASON_LABELS[e.reason]) },
    { key: 'size', header: t('Size'), render: (e) => formatBytes(e.sizeBytes, LOCALE_OF[lang]) },
    {
      key: 'actions',
      header: t('Actions'),
      headerHidden: true,
      className: 'backup-actions-cell',
      render: (entry) => (
        <button
          type="button"
          className="button"
          onClick={() => open(entry)}
          disabled={opening !== null}
          aria-label={t('Restore the backup of {{moment}}', {
            moment: momentIn(lang, entry.createdAt, 'd MMM yyyy, HH:mm'),
          })}
        >
          {t(opening === entry.name ? 'Checking…' : 'Restore…')}
        </button>
      ),
    },
  ];

  return (
    <section className="card settings-card" aria-labelledby="auto-backups-title">
      <h2 id="auto-backups-title">
        <History size={18} aria-hidden /> {t('Automatic backups')}
      </h2>
      {!desktop ? (
        <p className="settings-card__text">
          {t(
            'In the desktop app, CAIO Desk saves a backup every day it is used and before every import, restore and database upgrade, and keeps the last {{kept}}. A browser cannot write files on its own, so here CAIO Desk reminds you to download a backup when none was made for {{days}} days.',
            { kept: DEFAULT_AUTO_BACKUPS_KEPT, days: BROWSER_REMINDER_AFTER_MS / 86_400_000 },
          )}
        </p>
      ) : (
        <>
          <p className="settings-card__text">
            {t(
              'Saved in the app’s data folder every day the app is used and before every import, restore and database upgrade. The last {{kept}} are kept.',
              { kept: DEFAULT_AUTO_BACKUPS_KEPT },
            )}
          </p>
          <ErrorText>{loadError}</ErrorText>
          {entries && (
            <RecordTable
              label={t('Automatic backups')}
              compact
              columns={columns}
              rows={entries}
              rowKey={(entry) => entry.name}
              empty={
                <p className="empty-state">
                  {t('No automatic backups yet. The first one is made today while the app is open.')}
                </p>
              }
            />
          )}
          {refused && (
            <ProblemList
              title={t('The backup “{{name}}” cannot be restored', { name: refused.name })}
              problems={refused.problems}
            />
          )}
        </>
      )}
    </section>
  );
}
