import { todayIso } from '../../domain/shared/dates';
import { useState } from 'react';
import { rescueExport } from '../../db/backup/beforeUpgrade';
import { DATABASE_NAME } from '../../db/core/schema';
import { platform } from '../../platform';
import { fileName } from '../../domain/shared/fileName';
import { useT } from '../../state/interfaceLanguage';

/** On the startup error screen: saves the data exactly as it is on disk, whatever went wrong with opening it. */
export function RescueExportButton() {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    try {
      const info = await platform.appInfo();
      const now = new Date();
      const result = await platform.saveFile({
        suggestedName: fileName(`caio-desk-rescue-${todayIso(now)}`, 'json'),
        data: await rescueExport(DATABASE_NAME, info.version, now),
        filters: [{ name: t('CAIO Desk backup'), extensions: ['json'] }],
      });
      setMessage(
        result.saved
          ? t('Saved: {{file}}. Keep this file; it can be restored from Backup & restore.', {
              file: result.location,
            })
          : result.reason === 'cancelled'
            ? null
            : t('Not saved: {{reason}}', { reason: result.message ?? t('the write failed') }),
      );
    } catch (error) {
      setMessage(
        t('The data could not be read: {{reason}}', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={save}>
        {t('Save a copy of your data as it is')}
      </button>
      {message && <p role="status">{message}</p>}
    </>
  );
}
