import { useState, type FormEvent } from 'react';
import { openProtectedText } from '../../domain/vault/protectedFile';
import { ErrorText } from '../../ui/FieldMessages';

/** A passphrase-protected file was picked: ask for its passphrase. A wrong one changes nothing. */
export function ProtectedFileForm(props: { file: File; onOpened(text: string): void; onCancel(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="backup-protected"
      noValidate
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        const text = await props.file.text();
        const opened = await openProtectedText(text, passphrase);
        setBusy(false);
        if (opened.ok) props.onOpened(opened.text);
        else setError(opened.message);
      }}
    >
      <p>“{props.file.name}” is protected with a passphrase.</p>
      <div className={`field ${error ? 'field--invalid' : ''}`}>
        <label htmlFor="protected-file-passphrase">Passphrase of the file</label>
        <input
          id="protected-file-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'protected-file-error' : undefined}
        />
        <ErrorText id="protected-file-error">{error}</ErrorText>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy || passphrase.length === 0}>
          {busy ? 'Opening…' : 'Open the file'}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
