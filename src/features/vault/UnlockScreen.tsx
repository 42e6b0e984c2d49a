import { useState } from 'react';
import type { MigrationProgress } from '../../db/vault/vault';
import { unlockWith } from './vaultControl';
import { MigrationProgressBar } from './MigrationProgressBar';
import { Form, SubmitButton, type FormOutcome } from '../../ui/fields/Form';
import { TextField } from '../../ui/fields/TextField';
import { useT } from '../../state/interfaceLanguage';

/** The only screen while locked: nothing of any client, just the passphrase (or the recovery key). */
export function UnlockScreen() {
  const t = useT();
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [progress, setProgress] = useState<MigrationProgress | null>(null);

  const submit = async (): Promise<FormOutcome> => {
    try {
      const ok = await unlockWith(
        useRecovery ? { recoveryKey: secret } : { passphrase: secret },
        setProgress,
      );
      if (ok) return;
      const message = t(
        useRecovery
          ? 'That recovery key is not right. Nothing was changed.'
          : 'That passphrase is not right. Nothing was changed.',
      );
      return { field: 'secret', message };
    } catch (err) {
      return {
        message: t('The workspace could not be opened: {{reason}}', {
          reason: err instanceof Error ? err.message : String(err),
        }),
      };
    }
  };

  const label = t(useRecovery ? 'Recovery key' : 'Passphrase');
  return (
    <main className="vault-unlock">
      <Form
        key={label}
        className="card vault-unlock__card"
        onSubmit={submit}
        aria-labelledby="unlock-title"
        actions={
          <>
            {progress && progress.done < progress.total && <MigrationProgressBar progress={progress} />}
            <div className="button-row">
              <SubmitButton disabled={secret.length === 0} busyLabel={t('Unlocking…')}>
                {t('Unlock')}
              </SubmitButton>
              <button
                type="button"
                className="button button--link"
                onClick={() => {
                  setUseRecovery(!useRecovery);
                  setSecret('');
                }}
              >
                {t(useRecovery ? 'Use the passphrase' : 'Forgot it? Use the recovery key')}
              </button>
            </div>
          </>
        }
      >
        <img src="./icon.svg" alt="" width={40} height={40} />
        <h1 id="unlock-title">{t('CAIO Desk is locked')}</h1>
        <p>{t('Your clients’ data is encrypted on this computer. Unlock it to continue where you were.')}</p>
        <TextField
          name="secret"
          type={useRecovery ? 'text' : 'password'}
          autoComplete={useRecovery ? 'off' : 'current-password'}
          autoFocus
          label={label}
          value={secret}
          onChange={setSecret}
        />
      </Form>
    </main>
  );
}
