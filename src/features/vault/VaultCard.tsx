import { useLiveQuery } from 'dexie-react-hooks';
import { LockKeyhole } from 'lucide-react';
import { useState } from 'react';
import { db } from '../../db/core/schema';
import { changeVaultPassphrase, readVaultMeta, setIdleMinutes } from '../../db/vault/vault';
import { passphraseProblem } from '../../domain/vault/kdf';
import { CardFeedback } from '../backup/CardFeedback';
import { SetupVaultDialog } from './SetupVaultDialog';
import { lockNow } from './vaultControl';
import { Form, SubmitButton, type FormOutcome } from '../../ui/fields/Form';
import { TextField } from '../../ui/fields/TextField';
import { useVaultMode } from './useVaultMode';
import { useT } from '../../state/interfaceLanguage';

const IDLE_CHOICES = [1, 5, 10, 15, 30, 60, 0];

/** Encryption on the Backup screen: set it up, lock now, the idle time, a new passphrase. */
export function VaultCard() {
  const t = useT();
  const mode = useVaultMode();
  const meta = useLiveQuery(() => readVaultMeta(db), [mode]);
  const [setupOpen, setSetupOpen] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const change = async (): Promise<FormOutcome> => {
    setMessage(null);
    const problem = passphraseProblem(next, again);
    if (problem) return { field: 'again', message: problem };
    const ok = await changeVaultPassphrase(db, current, next);
    if (!ok)
      return {
        field: 'current',
        message: t('The current passphrase is not right. Nothing was changed.'),
      };
    setCurrent('');
    setNext('');
    setAgain('');
    setMessage(t('Passphrase changed. Your data was not re-encrypted: only the key that unlocks it was.'));
  };

  return (
    <section className="card settings-card" aria-labelledby="vault-title">
      <h2 id="vault-title">
        <LockKeyhole size={18} aria-hidden /> {t('Encryption and app lock')}
      </h2>
      {mode === 'off' || !meta ? (
        <>
          <p className="settings-card__text">
            {t(
              'Encrypt every client’s records, the edit journal and the automatic backups on this computer, with a passphrase and a key per client. A lost laptop or a copied profile folder then shows nothing.',
            )}
          </p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => setSetupOpen(true)}>
              {t('Encrypt this workspace…')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="settings-card__text">
            {t(
              meta.migration === 'running'
                ? 'This workspace is encrypted (finishing: some records are still being encrypted). Lock it with Ctrl+Shift+L or the button; it locks itself when you are away.'
                : 'This workspace is encrypted. Lock it with Ctrl+Shift+L or the button; it locks itself when you are away.',
            )}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={lockNow}>
              {t('Lock now')}
            </button>
          </div>
          <div className="field">
            <label htmlFor="vault-idle">{t('Lock after no activity for')}</label>
            <select
              id="vault-idle"
              value={meta.idleMinutes}
              onChange={async (e) => {
                await setIdleMinutes(db, Number(e.target.value));
                window.dispatchEvent(new Event('caio-vault-settings'));
              }}
            >
              {IDLE_CHOICES.map((m) => (
                <option key={m} value={m}>
                  {m === 0 ? t('Never') : t('{{count}} minutes', { count: m })}
                </option>
              ))}
            </select>
          </div>
          <Form
            onSubmit={change}
            className="vault-change"
            onChange={() => setMessage(null)}
            actions={<SubmitButton className="button">{t('Change the passphrase')}</SubmitButton>}
          >
            <h3>{t('Change the passphrase')}</h3>
            <TextField
              name="current"
              type="password"
              autoComplete="current-password"
              label={t('Current passphrase')}
              value={current}
              onChange={setCurrent}
            />
            <TextField
              name="next"
              type="password"
              autoComplete="new-password"
              label={t('New passphrase')}
              value={next}
              onChange={setNext}
            />
            <TextField
              name="again"
              type="password"
              autoComplete="new-password"
              label={t('New passphrase again')}
              value={again}
              onChange={setAgain}
            />
          </Form>
          <CardFeedback message={message} error={null} />
        </>
      )}
      <SetupVaultDialog open={setupOpen} onOpenChange={setSetupOpen} />
    </section>
  );
}
