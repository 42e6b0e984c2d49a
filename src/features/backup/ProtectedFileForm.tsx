import { useState } from 'react';
import { openProtectedText } from '../../domain/vault/protectedFile';
import { Form, SubmitButton } from '../../ui/fields/Form';
import { TextField } from '../../ui/fields/TextField';
import { useT } from '../../state/interfaceLanguage';

/** A passphrase-protected file was picked: ask for its passphrase. A wrong one changes nothing. */
export function ProtectedFileForm(props: { file: File; onOpened(text: string): void; onCancel(): void }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const open = async () => {
    const opened = await openProtectedText(await props.file.text(), passphrase);
    if (!opened.ok) return { field: 'passphrase', message: opened.message };
    props.onOpened(opened.text);
  };
  return (
    <Form
      className="backup-protected"
      onSubmit={open}
      actions={
        <div className="button-row">
          <SubmitButton disabled={passphrase.length === 0} busyLabel={t('Opening…')}>
            {t('Open the file')}
          </SubmitButton>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('Cancel')}
          </button>
        </div>
      }
    >
      <p>{t('“{{name}}” is protected with a passphrase.', { name: props.file.name })}</p>
      <TextField
        name="passphrase"
        type="password"
        autoComplete="off"
        label={t('Passphrase of the file')}
        value={passphrase}
        onChange={setPassphrase}
      />
    </Form>
  );
}
