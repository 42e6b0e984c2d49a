import { MATURITY_DIMENSIONS, MATURITY_LABELS, type Client } from '../../../domain/clients/client';
import { updateRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { AutoSaveSelect } from '../../../ui/AutoSaveField';
import type { Translate } from '../../../domain/shared/language';
import { MaturityChart } from '../MaturityChart';
import { useT } from '../../../state/interfaceLanguage';
import '../clients.css';

type Level = '1' | '2' | '3' | '4' | '5';

const levels = (t: Translate): { value: Level; label: string }[] => [
  { value: '1', label: t('1 · Initial') },
  { value: '2', label: t('2 · Exploring') },
  { value: '3', label: t('3 · Defined') },
  { value: '4', label: t('4 · Managed') },
  { value: '5', label: t('5 · Embedded') },
];

/** AI maturity 1-5 on five dimensions, with the chart beside the inputs. */
export function MaturityEditor({ client }: { client: Client }) {
  const t = useT();
  return (
    <div className="maturity-editor">
      <div className="form-grid form-grid--narrow">
        {MATURITY_DIMENSIONS.map((dimension) => (
          <AutoSaveSelect
            key={dimension}
            label={t('{{dimension}} maturity', { dimension: t(MATURITY_LABELS[dimension]) })}
            value={String(client.maturity[dimension]) as Level}
            options={levels(t)}
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
