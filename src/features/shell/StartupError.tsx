import { RescueExportButton } from '../backup/RescueExportButton';
import { useT } from '../../state/interfaceLanguage';

/** Shown when the database cannot be opened (blocked, failed upgrade): nothing is deleted or reset. */
export function StartupError({ error }: { error: unknown }) {
  const t = useT();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="startup-error">
      <h1>{t('CAIO Desk could not open its database')}</h1>
      <p>
        {t(
          'Your data has not been changed or deleted. This usually means another CAIO Desk window is open with an older or newer version, or the disk is full. Close other windows of the app and reload.',
        )}
      </p>
      <pre>{detail}</pre>
      <button type="button" className="button button--primary" onClick={() => location.reload()}>
        {t('Reload')}
      </button>
      <RescueExportButton />
    </main>
  );
}
