import { useState } from 'react';
import { addEvidence } from '../../../db/controls/evidence';
import { db } from '../../../db/core/schema';
import { checkDocumentFile, MAX_EVIDENCE_BYTES } from '../../../domain/shared/fileContent';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ErrorText } from '../../../ui/FieldMessages';

type Kind = 'file' | 'link';

/** Adds evidence to a control: a file (checked by content and size, kept in the database) or a link. */
export function AddEvidenceForm({ controlId, today }: { controlId: string; today: string }) {
  const [kind, setKind] = useState<Kind>('file');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [validUntil, setValidUntil] = useState('');
  const [providedBy, setProvidedBy] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const choose = async (chosen: File | undefined) => {
    setError(null);
    setFile(null);
    if (!chosen) return;
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    const check = checkDocumentFile(bytes);
    if (!check.ok) return setError(check.message);
    setFile({ name: chosen.name, bytes });
    if (!title) setTitle(chosen.name.replace(/\.[^.]+$/, ''));
  };
  const submit = () => {
    setDone(null);
    if (kind === 'file' && !file) return setError('Choose the file to attach.');
    const base = { title, date, validUntil: validUntil || null, providedBy };
    const input =
      kind === 'file' ? { ...base, kind, fileName: file!.name, bytes: file!.bytes } : { ...base, kind, url };
    trackSave(addEvidence(db, controlId, input)).then(
      (item) => {
        setDone(`Added “${item.title}”.`);
        setTitle('');
        setUrl('');
        setFile(null);
        setValidUntil('');
        setError(null);
        setInputKey((k) => k + 1);
      },
      (e: unknown) => setError(describeWriteError(e)),
    );
  };
  return (
    <form
      className="stack"
      aria-label="Add evidence"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 className="field__label">Add evidence</h3>
      <fieldset className="controls-frameworks">
        <legend className="visually-hidden">Kind of evidence</legend>
        <label className="controls-check">
          <input
            type="radio"
            name={`kind-${controlId}`}
            checked={kind === 'file'}
            onChange={() => setKind('file')}
          />{' '}
          File
        </label>
        <label className="controls-check">
          <input
            type="radio"
            name={`kind-${controlId}`}
            checked={kind === 'link'}
            onChange={() => setKind('link')}
          />{' '}
          Link
        </label>
      </fieldset>
      <div className="controls-form">
        {kind === 'file' ? (
          <div className="field">
            <label htmlFor="evidence-file">File</label>
            <input
              key={inputKey}
              id="evidence-file"
              type="file"
              onChange={(e) => void choose(e.target.files?.[0])}
              aria-describedby="evidence-file-hint"
            />
            <p className="field__hint" id="evidence-file-hint">
              PDF, image, Word, Excel, PowerPoint or text; up to {MAX_EVIDENCE_BYTES / 1024 / 1024} MB. Kept
              inside the app's database.
            </p>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="evidence-url">Link</label>
            <input
              id="evidence-url"
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://"
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="evidence-title">Evidence title</label>
          <input id="evidence-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="evidence-date">Evidence date</label>
          <input id="evidence-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="evidence-valid">Valid until</label>
          <input
            id="evidence-valid"
            type="date"
            value={validUntil}
            onChange={(e) => setValidUntil(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="evidence-by">Provided by</label>
          <input id="evidence-by" value={providedBy} onChange={(e) => setProvidedBy(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary">
          Add evidence
        </button>
      </div>
      <ErrorText>{error}</ErrorText>
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
