import { useState } from 'react';
import { openProtectedText } from '../../domain/vault/protectedFile';
import { Form, SubmitButton } from '../../ui/fields/Form';
import { TextField } from '../../ui/fields/TextField';

/** A passphrase-protected file was picked: ask for its passphrase. A wrong one changes nothing. */
export function ProtectedFileForm(props: { file: File; onOpened(text: string): void; onCancel(): void }) {
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
          <SubmitButton disabled={passphrase.length === 0} busyLabel="Opening…">
            Open the file
          </SubmitButton>
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      }
    >
      <p>“{props.file.name}” is protected with a passphrase.</p>
      <TextField
        name="passphrase"
        type="password"
        autoComplete="off"
        label="Passphrase of the file"
        value={passphrase}
        onChange={setPassphrase}
      />
    </Form>
  );
}
