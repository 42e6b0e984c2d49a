import { MATURITY_DIMENSIONS, MATURITY_LABELS, type Client } from '../../../domain/clients/client';
import { updateRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { AutoSaveSelect } from '../../../ui/AutoSaveField';
import { MaturityChart } from '../MaturityChart';
import '../clients.css';

const LEVELS = [
  { value: '1', label: '1 · Initial' },
  { value: '2', label: '2 · Exploring' },
  { value: '3', label: '3 · Defined' },
  { value: '4', label: '4 · Managed' },
  { value: '5', label: '5 · Embedded' },
] as const;

/** AI maturity 1-5 on five dimensions, with the chart beside the inputs. */
export function MaturityEditor({ client }: { client: Client }) {
  return (
    <div className="maturity-editor">
      <div className="form-grid form-grid--narrow">
        {MATURITY_DIMENSIONS.map((dimension) => (
          <AutoSaveSelect
            key={dimension}
            label={`${MATURITY_LABELS[dimension]} maturity`}
            value={String(client.maturity[dimension]) as (typeof LEVELS)[number]['value']}
            options={LEVELS}
            save={(value) =>
              updateRecord(db, 'clients', client.id, { [`maturity.${dimension}`]: Number(value) })
            }
          />
        ))}
      </div>
      <MaturityChart maturity={client.maturity} color={client.brandColor} />
    </div>
  );
}
