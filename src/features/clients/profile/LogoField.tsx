import { useId, useState } from 'react';
import { bytesToDataUrl, checkLogoFile, MAX_LOGO_BYTES } from '../../../domain/clients/logo';
import type { Client } from '../../../domain/clients/client';
import { updateRecord } from '../../../db/records';
import { db } from '../../../db/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import { rasteriseSvg } from './rasteriseSvg';

/** Upload (PNG, JPEG or SVG, checked by content and size; an SVG is kept as a PNG drawing) or remove the client's logo. */
export function LogoField({ client }: { client: Client }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkLogoFile(bytes);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setError(null);
    try {
      if (check.mimeType === 'image/svg+xml') {
        const png = await rasteriseSvg(bytes).catch(() => null);
        if (!png) return setError('This SVG could not be drawn; export it again as a plain SVG, or use a PNG or JPEG.');
        const drawn = checkLogoFile(png);
        if (!drawn.ok) return setError(drawn.message);
        await trackSave(updateRecord(db, 'clients', client.id, { logo: bytesToDataUrl(png, 'image/png') }));
        return;
      }
      await trackSave(updateRecord(db, 'clients', client.id, { logo: bytesToDataUrl(bytes, check.mimeType) }));
    } catch (err) {
      setError(describeWriteError(err));
    }
  };

  return (
    <div className={`field logo-field ${error ? 'field--invalid' : ''}`}>
      <span className="field__label" id={`${id}-label`}>
        Logo
      </span>
      <div className="logo-field__row">
        <ClientAvatar client={client} size={72} />
        <div>
          <label className="button" htmlFor={id}>
            {client.logo ? 'Replace logo' : 'Upload logo'}
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
            <button type="button" className="button button--quiet" onClick={() => trackSave(updateRecord(db, 'clients', client.id, { logo: null })).catch((err: unknown) => setError(describeWriteError(err)))}>
              Remove logo
            </button>
          )}
          <p className="field__hint" id={`${id}-hint`}>
            PNG, JPEG or SVG, up to {MAX_LOGO_BYTES / 1024} KB. Shown on every report slide.
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
