import { useId, useState } from 'react';
import { MAX_LOGO_BYTES } from '../../../domain/clients/logo';
import type { Client } from '../../../domain/clients/client';
import { updateRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import { logoFromFile } from '../../../ui/logoUpload';
import { useT } from '../../../state/interfaceLanguage';
import '../clients.css';

/** Upload (PNG, JPEG or SVG, checked by content and size; an SVG is kept as a PNG drawing) or remove the client's logo. */
export function LogoField({ client }: { client: Client }) {
  const id = useId();
  const t = useT();
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const logo = await logoFromFile(file);
    if (!logo.ok) return setError(logo.message);
    setError(null);
    try {
      await trackSave(updateRecord(db, 'clients', client.id, { logo: logo.dataUrl }));
    } catch (err) {
      setError(describeWriteError(err));
    }
  };

  return (
    <div className={`field logo-field ${error ? 'field--invalid' : ''}`}>
      <span className="field__label" id={`${id}-label`}>
        {t('Logo')}
      </span>
      <div className="logo-field__row">
        <ClientAvatar client={client} size={72} />
        <div>
          <label className="button" htmlFor={id}>
            {client.logo ? t('Replace logo') : t('Upload logo')}
          </label>
          <input
            id={id}
            className="visually-hidden"
            type="file"
            accept="image/png,image/jpeg,image/svg+xml"
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {client.logo && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                trackSave(updateRecord(db, 'clients', client.id, { logo: null })).catch((err: unknown) =>
                  setError(describeWriteError(err)),
                )
              }
            >
              {t('Remove logo')}
            </button>
          )}
          <p className="field__hint" id={`${id}-hint`}>
            {t('PNG, JPEG or SVG, up to {{size}} KB. Shown on every report slide.', {
              size: MAX_LOGO_BYTES / 1024,
            })}
          </p>
        </div>
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
