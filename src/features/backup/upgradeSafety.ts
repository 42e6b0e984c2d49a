import { backupBeforeUpgrade } from '../../db/backup/beforeUpgrade';
import { db, DATABASE_NAME } from '../../db/core/schema';
import { platform } from '../../platform';

/**
 * Called before the database is opened: when this app version brings a newer schema, the desktop app
 * first saves an automatic backup of the data as it is ("before a database upgrade"). Never blocks
 * startup: the upgrade itself is atomic, so a failure leaves the old data readable either way.
 */
export async function backupBeforeSchemaUpgrade(): Promise<void> {
  try {
    const info = await platform.appInfo();
    if (info.platform !== 'desktop') return;
    await backupBeforeUpgrade(DATABASE_NAME, db.verno, info.version, async (json) => {
      await platform.writeAutoBackup({ reason: 'before-migration', json });
    });
  } catch (error) {
    console.error('Backup before the database upgrade failed', error);
  }
}
