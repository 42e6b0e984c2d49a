import type { Client } from '../../../domain/clients/client';
import { updateRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { trackSave } from '../../../state/saveStatus';
import { ClientField } from './clientFields';
import { useT } from '../../../state/interfaceLanguage';
import '../clients.css';

/** Brand colour as a hex code (validated) with a native colour picker beside it. */
export function BrandColorField({ client }: { client: Client }) {
  const t = useT();
  return (
    <div className="brand-color">
      <ClientField
        client={client}
        field="brandColor"
        label={t('Brand colour')}
        hint={t('Accent on screens and reports, e.g. #0E7C66.')}
      />
      <input
        type="color"
        aria-label={t('Pick brand colour')}
        value={client.brandColor}
        onChange={(e) =>
          void trackSave(
            updateRecord(db, 'clients', client.id, { brandColor: e.target.value.toUpperCase() }),
          ).catch(() => undefined)
        }
      />
    </div>
  );
}
