import type { MigrationProgress } from '../../db/vault/vault';
import { numberIn } from '../../domain/shared/language';
import { useInterfaceWording } from '../../state/interfaceLanguage';

export function MigrationProgressBar({ progress }: { progress: MigrationProgress }) {
  const { lang, t } = useInterfaceWording();
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  return (
    <div className="vault-progress">
      <label htmlFor="vault-progress">
        {t('Encrypting records: {{done}} of {{total}}', {
          done: numberIn(lang, progress.done),
          total: numberIn(lang, progress.total),
        })}
      </label>
      <progress id="vault-progress" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
