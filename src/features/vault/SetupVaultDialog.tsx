import { useState, type FormEvent } from 'react';
import { db } from '../../db/core/schema';
import { setUpVault, type MigrationProgress } from '../../db/vault/vault';
import { passphraseProblem } from '../../domain/vault/kdf';
import { Dialog } from '../../ui/Dialog';
import { writeAutoBackup } from '../backup/backupActions';
import { MigrationProgressBar } from './MigrationProgressBar';
import { vaultSetUp } from './vaultControl';
import { ErrorText } from '../../ui/FieldMessages';

type Step =
  | { kind: 'form' }
  | { kind: 'working'; progress: MigrationProgress | null }
  | { kind: 'recovery'; recoveryKey: string };

/**
 * Encrypts this workspace: a passphrase (twice), then every record is encrypted in place with a progress
 * bar (the desktop app saves an automatic backup first), then the recovery key is shown once.
 */
export function SetupVaultDialog(props: { open: boolean; onOpenChange(open: boolean): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [stored, setStored] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passphraseProblem(passphrase, confirmation);
    if (problem) return setError(problem);
    setError(null);
    setStep({ kind: 'working', progress: null });
    try {
      const { recoveryKey } = await setUpVault(db, passphrase, {
        onProgress: (progress) => setStep({ kind: 'working', progress }),
        // Once every client has its key, before the rest is touched: an encrypted automatic backup (desktop).
        afterClientKeys: async () => {
          await writeAutoBackup('before-vault').catch((err: unknown) =>
            console.error('Backup before encrypting failed', err),
          );
        },
      });
      vaultSetUp();
      setPassphrase('');
      setConfirmation('');
      setStep({ kind: 'recovery', recoveryKey });
    } catch (err) {
      setStep({ kind: 'form' });
      setError(
        `Encrypting stopped: ${err instanceof Error ? err.message : String(err)}. Your data is readable as it is; unlocking finishes the job.`,
      );
    }
  };

  const close = (open: boolean) => {
    if (step.kind === 'working') return; // not while records are being encrypted
    if (step.kind === 'recovery' && !stored) return;
    props.onOpenChange(open);
    if (!open) setStep({ kind: 'form' });
  };

  return (
    <Dialog
      open={props.open}
      onOpenChange={close}
      title="Encrypt this workspace"
      description="Every client’s records are encrypted on this computer with their own key; you unlock them with a passphrase."
    >
      {step.kind === 'form' && (
        <form onSubmit={submit} noValidate>
          <div className={`field ${error ? 'field--invalid' : ''}`}>
            <label htmlFor="vault-passphrase">New passphrase</label>
            <input
              id="vault-passphrase"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              aria-describedby="vault-passphrase-hint"
            />
            <p className="field__hint" id="vault-passphrase-hint">
              At least 10 characters; a few unrelated words are strong and easy to remember. Nobody can reset
              it: keep the recovery key you get next.
            </p>
          </div>
          <div className={`field ${error ? 'field--invalid' : ''}`}>
            <label htmlFor="vault-passphrase-confirm">Passphrase again</label>
            <input
              id="vault-passphrase-confirm"
              type="password"
              autoComplete="new-password"
              value={confirmation}
              onChange={(e) => setConfirmation(e.target.value)}
              aria-describedby={error ? 'vault-setup-error' : undefined}
            />
          </div>
          <ErrorText id="vault-setup-error">{error}</ErrorText>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => props.onOpenChange(false)}>
              Cancel
            </button>
            <button type="submit" className="button button--primary">
              Encrypt the workspace
            </button>
          </div>
        </form>
      )}
      {step.kind === 'working' && (
        <div role="status">
          <p>
            Encrypting… Keep the app open; if it closes, your data stays readable and this finishes at the
            next unlock.
          </p>
          {step.progress && <MigrationProgressBar progress={step.progress} />}
        </div>
      )}
      {step.kind === 'recovery' && (
        <div>
          <p>
            <strong>The workspace is encrypted.</strong> This is your recovery key. It is shown only now:
            print it or store it in your password manager. With it you can unlock when the passphrase is
            forgotten.
          </p>
          <p className="vault-recovery-key" aria-label="Recovery key">
            {step.recoveryKey}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => window.print()}>
              Print
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void navigator.clipboard?.writeText(step.recoveryKey)}
            >
              Copy
            </button>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} /> I have
            stored the recovery key
          </label>
          <div className="dialog__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!stored}
              onClick={() => props.onOpenChange(false)}
            >
              Done
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
