import { useState, type FormEvent } from 'react';
import type { MigrationProgress } from '../../db/vault/vault';
import { unlockWith } from './vaultControl';
import { MigrationProgressBar } from './MigrationProgressBar';
import { ErrorText } from '../../ui/FieldMessages';

/** The only screen while locked: nothing of any client, just the passphrase (or the recovery key). */
export function UnlockScreen() {
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<MigrationProgress | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const ok = await unlockWith(
        useRecovery ? { recoveryKey: secret } : { passphrase: secret },
        setProgress,
      );
      if (!ok)
        setError(
          useRecovery
            ? 'That recovery key is not right. Nothing was changed.'
            : 'That passphrase is not right. Nothing was changed.',
        );
    } catch (err) {
      setError(`The workspace could not be opened: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const label = useRecovery ? 'Recovery key' : 'Passphrase';
  return (
    <main className="vault-unlock">
      <form className="card vault-unlock__card" onSubmit={submit} noValidate aria-labelledby="unlock-title">
        <img src="./icon.svg" alt="" width={40} height={40} />
        <h1 id="unlock-title">CAIO Desk is locked</h1>
        <p>Your clients’ data is encrypted on this computer. Unlock it to continue where you were.</p>
        <div className={`field ${error ? 'field--invalid' : ''}`}>
          <label htmlFor="unlock-secret">{label}</label>
          <input
            id="unlock-secret"
            type={useRecovery ? 'text' : 'password'}
            autoComplete={useRecovery ? 'off' : 'current-password'}
            autoFocus
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'unlock-error' : undefined}
          />
          <ErrorText id="unlock-error">{error}</ErrorText>
        </div>
        {progress && progress.done < progress.total && <MigrationProgressBar progress={progress} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy || secret.length === 0}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setSecret('');
              setError(null);
            }}
          >
            {useRecovery ? 'Use the passphrase' : 'Forgot it? Use the recovery key'}
          </button>
        </div>
      </form>
    </main>
  );
}
