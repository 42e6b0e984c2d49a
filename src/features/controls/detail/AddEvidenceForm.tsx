import { useState } from 'react';
import { addEvidence } from '../../../db/controls/evidence';
import { db } from '../../../db/core/schema';
import { checkDocumentFile, MAX_EVIDENCE_BYTES } from '../../../domain/shared/fileContent';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();

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
    if (kind === 'file' && !file) return setError(t('Choose the file to attach.'));
    const base = { title, date, validUntil: validUntil || null, providedBy };
    const input =
      kind === 'file' ? { ...base, kind, fileName: file!.name, bytes: file!.bytes } : { ...base, kind, url };
    trackSave(addEvidence(db, controlId, input)).then(
      (item) => {
        setDone(t('Added “{{title}}”.', { title: item.title }));
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
      aria-label={t('Add evidence')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 className="field__label">{t('Add evidence')}</h3>
      <fieldset className="controls-frameworks">
        <legend className="visually-hidden">{t('Kind of evidence')}</legend>
        <label className="controls-check">
          <input
            type="radio"
            name={`kind-${controlId}`}
            checked={kind === 'file'}
            onChange={() => setKind('file')}
          />{' '}
          {t('File')}
        </label>
        <label className="controls-check">
          <input
            type="radio"
            name={`kind-${controlId}`}
            checked={kind === 'link'}
            onChange={() => setKind('link')}
          />{' '}
          {t('Link')}
        </label>
      </fieldset>
      <div className="controls-form">
        {kind === 'file' ? (
          <div className="field">
            <label htmlFor="evidence-file">{t('File')}</label>
            <input
              key={inputKey}
              id="evidence-file"
              type="file"
              onChange={(e) => void choose(e.target.files?.[0])}
              aria-describedby="evidence-file-hint"
            />
            <p className="field__hint" id="evidence-file-hint">
              {t(
                'PDF, image, Word, Excel, PowerPoint or text; up to {{size}} MB. Kept inside the app’s database.',
                {
                  size: MAX_EVIDENCE_BYTES / 1024 / 1024,
                },
              )}
            </p>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="evidence-url">{t('Link')}</label>
            <input
              id="evidence-url"
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder={t('https://')}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="evidence-title">{t('Evidence title')}</label>
          <input id="evidence-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="evidence-date">{t('Evidence date')}</label>
          <input id="evidence-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="evidence-valid">{t('Valid until')}</label>
          <input
            id="evidence-valid"
            type="date"
            value={validUntil}
            onChange={(e) => setValidUntil(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="evidence-by">{t('Provided by')}</label>
          <input id="evidence-by" value={providedBy} onChange={(e) => setProvidedBy(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary">
          {t('Add evidence')}
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
