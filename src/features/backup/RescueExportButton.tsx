import { todayIso } from '../../domain/shared/dates';
import { useState } from 'react';
import { rescueExport } from '../../db/backup/beforeUpgrade';
import { DATABASE_NAME } from '../../db/core/schema';
import { platform } from '../../platform';
import { fileName } from '../../domain/shared/fileName';

/** On the startup error screen: saves the data exactly as it is on disk, whatever went wrong with opening it. */
export function RescueExportButton() {
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    try {
      const info = await platform.appInfo();
      const now = new Date();
      const result = await platform.saveFile({
        suggestedName: fileName(`caio-desk-rescue-${todayIso(now)}`, 'json'),
        data: await rescueExport(DATABASE_NAME, info.version, now),
        filters: [{ name: 'CAIO Desk backup', extensions: ['json'] }],
      });
      setMessage(
        result.saved
          ? `Saved: ${result.location}. Keep this file; it can be restored from Backup & restore.`
          : result.reason === 'cancelled'
            ? null
            : `Not saved: ${result.message ?? 'the write failed'}`,
      );
    } catch (error) {
      setMessage(`The data could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={save}>
        Save a copy of your data as it is
      </button>
      {message && <p role="status">{message}</p>}
    </>
  );
}
