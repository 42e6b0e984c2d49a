import { useId, useState, type ReactElement } from 'react';
import { passphraseProblem } from '../../domain/vault/kdf';
import { useVaultMode } from '../vault/useVaultMode';
import { useT } from '../../state/interfaceLanguage';

export interface ProtectChoice {
  /** The passphrase to protect the file with, or null for a plain file. */
  passphrase: string | null;
  /** Why the choice cannot be used yet (protected, but the passphrase is too short or differs). */
  problem: string | null;
}

/**
 * "Protect with a passphrase" for a file that leaves the computer. On by default in an encrypted
 * workspace. The passphrase is chosen for the recipient; it is never stored.
 */
export function useProtectOption(): [ProtectChoice, ReactElement] {
  const t = useT();
  const id = useId();
  const vaultOn = useVaultMode() !== 'off';
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const on = chosen ?? vaultOn;
  const problem = on ? passphraseProblem(passphrase, again) : null;
  const element = (
    <fieldset className="backup-protect">
      <label className="checkbox">
        <input type="checkbox" checked={on} onChange={(e) => setChosen(e.target.checked)} />{' '}
        {t('Protect the file with a passphrase')}
      </label>
      {on && (
        <>
          <div className="field">
            <label htmlFor={`${id}-pass`}>{t('File passphrase')}</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              aria-describedby={`${id}-hint`}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-again`}>{t('File passphrase again')}</label>
            <input
              id={`${id}-again`}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
            />
          </div>
          <p className="field__hint" id={`${id}-hint`}>
            {t(
              'Tell it to the recipient another way than the file (by phone, say). Importing the file asks for it.',
            )}{' '}
            {problem && passphrase ? problem : ''}
          </p>
        </>
      )}
    </fieldset>
  );
  return [{ passphrase: on ? passphrase : null, problem }, element];
}
