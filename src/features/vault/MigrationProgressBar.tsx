import type { MigrationProgress } from '../../db/vault/vault';

export function MigrationProgressBar({ progress }: { progress: MigrationProgress }) {
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  return (
    <div className="vault-progress">
      <label htmlFor="vault-progress">
        Encrypting records: {progress.done.toLocaleString('en-GB')} of{' '}
        {progress.total.toLocaleString('en-GB')}
      </label>
      <progress id="vault-progress" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
