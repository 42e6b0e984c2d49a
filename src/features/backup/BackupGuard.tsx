import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isBackupReminderDue, isDailyBackupDue, REMINDER_SNOOZE_MS } from '../../domain/backup';
import { BACKUP_SETTING_KEYS, getBackupSetting, setBackupSetting } from '../../db/backup/settings';
import { db } from '../../db/core/schema';
import { platform } from '../../platform';
import { usePlatformKind } from './usePlatformKind';
import './backup.css';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { agoIn } from './when';

/** The backup code (dump, handover, vault files) loads when a backup is made, not with the first screen. */
const backupActions = () => import('./backupActions');

/** How often the desktop app checks whether today's automatic backup is due. */
const DAILY_CHECK_MS = 30 * 60 * 1000;

/** Desktop: a daily automatic backup while the app is in use (only once the workspace has clients). */
async function runDailyBackupIfDue(): Promise<void> {
  if ((await db.clients.count()) === 0) return;
  const newest = (await platform.listAutoBackups())[0];
  if (isDailyBackupDue(newest?.createdAt ?? null, new Date()))
    await (await backupActions()).writeAutoBackup('daily');
}

function useDailyAutoBackup(enabled: boolean): void {
  // Re-checked as soon as the workspace gets its first client (e.g. the demo was just loaded).
  const hasClients = useLiveQuery(async () => (await db.clients.count()) > 0, []);
  useEffect(() => {
    if (!enabled || !hasClients) return;
    const run = () =>
      void runDailyBackupIfDue().catch((error: unknown) => console.error('Automatic backup failed', error));
    run();
    const timer = window.setInterval(run, DAILY_CHECK_MS);
    return () => window.clearInterval(timer);
  }, [enabled, hasClients]);
}

/** Browser: a reminder to download a backup when none was made for a week. */
function BackupReminder() {
  const { lang, t } = useInterfaceWording();
  const state = useLiveQuery(async () => {
    const [lastBackupAt, dataSince, snoozedUntil, clients] = await Promise.all([
      getBackupSetting(db, BACKUP_SETTING_KEYS.lastBackupAt),
      getBackupSetting(db, BACKUP_SETTING_KEYS.dataSince),
      getBackupSetting(db, BACKUP_SETTING_KEYS.reminderSnoozedUntil),
      // The demo workspace is sample data: only the user's own clients make a backup worth a reminder.
      db.clients.filter((client) => !client.isDemo).count(),
    ]);
    return { lastBackupAt, dataSince, snoozedUntil, hasData: clients > 0 };
  }, []);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (state?.hasData && !state.dataSince)
      void setBackupSetting(db, BACKUP_SETTING_KEYS.dataSince, new Date().toISOString());
  }, [state?.hasData, state?.dataSince]);

  if (!state || !isBackupReminderDue({ ...state, now: new Date() })) return null;
  const since = state.lastBackupAt
    ? t('Your last backup was {{ago}}.', { ago: agoIn(lang, state.lastBackupAt) })
    : t('You have not downloaded a backup yet.');
  return (
    <div className="banner backup-reminder" role="region" aria-label={t('Backup reminder')}>
      <p>
        <strong>{t('Time for a backup.')}</strong> {since}{' '}
        {t('Everything lives in this browser only: download a backup and keep it somewhere safe.')}{' '}
        <Link to="/backup">{t('More options')}</Link>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await (await backupActions()).saveWorkspaceBackup().finally(() => setBusy(false));
          }}
        >
          {t('Download a backup')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void setBackupSetting(
              db,
              BACKUP_SETTING_KEYS.reminderSnoozedUntil,
              new Date(Date.now() + REMINDER_SNOOZE_MS).toISOString(),
            )
          }
        >
          {t('Remind me tomorrow')}
        </button>
      </div>
    </div>
  );
}

/** Mounted once in the app frame: automatic backups on the desktop, the reminder in a browser. */
export function BackupGuard() {
  const kind = usePlatformKind();
  useDailyAutoBackup(kind === 'desktop');
  return kind === 'browser' ? <BackupReminder /> : null;
}
