import { useLiveQuery } from 'dexie-react-hooks';
import { Handshake } from 'lucide-react';
import { useState } from 'react';
import { listClients } from '../../db/clients/clients';
import { db } from '../../db/core/schema';
import { saveFailureMessage, saveHandoverDataFile, saveHandoverDocument } from './backupActions';
import { CardFeedback } from './CardFeedback';
import { HandoverPreview } from './HandoverPreview';
import { HandoverReplication } from './HandoverReplication';
import { useProtectOption } from './ProtectOption';
import { NOTHING_EXTRA, type HandoverChoices } from '../../domain/handover/allowList';
import { OptionSelect } from '../../ui/fields/OptionSelect';
import { useT } from '../../state/interfaceLanguage';

/**
 * Client handover: the client's data file (importable into any CAIO Desk) and a readable HTML document
 * of its registers, so the client keeps its AI register when the work moves in-house. Both hold only what
 * the allow-list lets through plus the categories ticked in the preview.
 */
export function HandoverCard() {
  const t = useT();
  const clients = useLiveQuery(() => listClients(db), []);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const clientId = chosen || clients?.[0]?.id || '';
  const [protect, protectField] = useProtectOption();
  const [choices, setChoices] = useState<HandoverChoices>(NOTHING_EXTRA);
  const clientName = clients?.find((c) => c.id === clientId)?.name ?? '';

  const run = async (what: 'data' | 'document') => {
    setBusy(true);
    setMessage(null);
    setError(null);
    try {
      const result =
        what === 'data'
          ? await saveHandoverDataFile(clientId, choices, new Date(), protect.passphrase ?? undefined)
          : await saveHandoverDocument(clientId, clientName, choices);
      if (result.saved)
        setMessage(
          t(what === 'data' ? 'Data file saved: {{file}}' : 'Readable document saved: {{file}}', {
            file: result.location,
          }),
        );
      else setError(saveFailureMessage(result));
    } catch (err) {
      setError(
        t('The handover file could not be made: {{reason}}', {
          reason: err instanceof Error ? err.message : String(err),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card settings-card" aria-labelledby="handover-title">
      <h2 id="handover-title">
        <Handshake size={18} aria-hidden /> {t('Client handover')}
      </h2>
      <p className="settings-card__text">
        {t(
          'When a client takes the work in-house, give them two files: the data file (that client only, importable into CAIO Desk) and a readable document (cover, contents, summary, then every register as a table) to print or share.',
        )}
      </p>
      {clients && clients.length === 0 ? (
        <p className="empty-state">{t('No clients yet: there is nothing to hand over.')}</p>
      ) : (
        <>
          <OptionSelect
            name="client"
            label={t('Client to hand over')}
            value={clientId}
            options={(clients ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={setChosen}
          />
          <HandoverPreview clientId={clientId} choices={choices} onChange={setChoices} />
          {protectField}
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !clientId || protect.problem !== null}
              onClick={() => run('data')}
            >
              {t('Save data file (.json)')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || !clientId}
              onClick={() => run('document')}
            >
              {t('Save readable document (.html)')}
            </button>
          </div>
          {protect.passphrase !== null && (
            <p className="field__hint">
              {t(
                'The passphrase protects the data file. The readable document is not encrypted: hand it over in person or through the client’s own secure channel.',
              )}
            </p>
          )}
          <HandoverReplication key={clientId} clientId={clientId} choices={choices} />
        </>
      )}
      <CardFeedback message={message} error={error} />
    </section>
  );
}
