import { useState } from 'react';
import { db } from '../../db/core/schema';
import { setUpVault, type MigrationProgress } from '../../db/vault/vault';
import { passphraseProblem } from '../../domain/vault/kdf';
import { Dialog } from '../../ui/Dialog';
import { writeAutoBackup } from '../backup/backupActions';
import { MigrationProgressBar } from './MigrationProgressBar';
import { vaultSetUp } from './vaultControl';
import { Form, SubmitButton, type FormOutcome } from '../../ui/fields/Form';
import { TextField } from '../../ui/fields/TextField';
import { useT } from '../../state/interfaceLanguage';

type Step =
  | { kind: 'form' }
  | { kind: 'working'; progress: MigrationProgress | null }
  | { kind: 'recovery'; recoveryKey: string };

/**
 * Encrypts this workspace: a passphrase (twice), then every record is encrypted in place with a progress
 * bar (the desktop app saves an automatic backup first), then the recovery key is shown once.
 */
export function SetupVaultDialog(props: { open: boolean; onOpenChange(open: boolean): void }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [stored, setStored] = useState(false);

  const submit = async (): Promise<FormOutcome> => {
    const problem = passphraseProblem(passphrase, confirmation);
    if (problem) return { field: 'confirmation', message: problem };
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
      return {
        message: t(
          'Encrypting stopped: {{reason}}. Your data is readable as it is; unlocking finishes the job.',
          { reason: err instanceof Error ? err.message : String(err) },
        ),
      };
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
      title={t('Encrypt this workspace')}
      description={t(
        'Every client’s records are encrypted on this computer with their own key; you unlock them with a passphrase.',
      )}
    >
      {step.kind === 'form' && (
        <Form
          onSubmit={submit}
          actions={
            <div className="dialog__actions">
              <button type="button" className="button" onClick={() => props.onOpenChange(false)}>
                {t('Cancel')}
              </button>
              <SubmitButton>{t('Encrypt the workspace')}</SubmitButton>
            </div>
          }
        >
          <TextField
            name="passphrase"
            type="password"
            autoComplete="new-password"
            label={t('New passphrase')}
            value={passphrase}
            onChange={setPassphrase}
            hint={t(
              'At least 10 characters; a few unrelated words are strong and easy to remember. Nobody can reset it: keep the recovery key you get next.',
            )}
          />
          <TextField
            name="confirmation"
            type="password"
            autoComplete="new-password"
            label={t('Passphrase again')}
            value={confirmation}
            onChange={setConfirmation}
          />
        </Form>
      )}
      {step.kind === 'working' && (
        <div role="status">
          <p>
            {t(
              'Encrypting… Keep the app open; if it closes, your data stays readable and this finishes at the next unlock.',
            )}
          </p>
          {step.progress && <MigrationProgressBar progress={step.progress} />}
        </div>
      )}
      {step.kind === 'recovery' && (
        <div>
          <p>
            <strong>{t('The workspace is encrypted.')}</strong>{' '}
            {t(
              'This is your recovery key. It is shown only now: print it or store it in your password manager. With it you can unlock when the passphrase is forgotten.',
            )}
          </p>
          <p className="vault-recovery-key" aria-label={t('Recovery key')}>
            {step.recoveryKey}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('Print')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void navigator.clipboard?.writeText(step.recoveryKey)}
            >
              {t('Copy')}
            </button>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />{' '}
            {t('I have stored the recovery key')}
          </label>
          <div className="dialog__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!stored}
              onClick={() => props.onOpenChange(false)}
            >
              {t('Done')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
