import { useState } from 'react';
import type { Conflict, FieldChoices } from '../../db/sync/conflicts';
import { formatDayTime } from '../../domain/shared/dates';
import { RadioField } from '../../ui/fields/CheckboxField';
import { FormDialog } from '../../ui/FormDialog';
import { interfaceT, useT } from '../../state/interfaceLanguage';

/**
 * The versions of the records two people changed at once, side by side field by field, with author and
 * time: the user picks per field, and "Apply" resolves every conflict shown (recorded in the history).
 */
export function ConflictsDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  conflicts: readonly Conflict[];
  onResolve(conflict: Conflict, choices: FieldChoices): Promise<void>;
}) {
  const t = useT();
  const [choices, setChoices] = useState<Record<string, FieldChoices>>({});
  const choose = (docId: string, field: string, value: 'winner' | 'other') =>
    setChoices((all) => ({ ...all, [docId]: { ...all[docId], [field]: value } }));
  const apply = async () => {
    for (const conflict of props.conflicts) await props.onResolve(conflict, choices[conflict.docId] ?? {});
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('Changes made at the same time')}
      description={t(
        'Two people changed these records at once. Both versions are kept until you choose, per field.',
      )}
      submitLabel={t('Apply my choices')}
      wide
      onSubmit={apply}
    >
      {props.conflicts.map((conflict) => {
        const other = conflict.others[0]!;
        const label = (by: string, at: string) => t('{{by}}, {{time}}', { by, time: formatDayTime(at) });
        return (
          <section
            key={conflict.docId}
            aria-label={t('Conflict in {{record}}', { record: recordName(conflict) })}
          >
            <h3>{recordName(conflict)}</h3>
            {conflict.fields.map((field) => (
              <RadioField
                key={field.field}
                name={`${conflict.docId}-${field.field}`}
                legend={field.field}
                value={choices[conflict.docId]?.[field.field] ?? 'winner'}
                onChange={(value) => choose(conflict.docId, field.field, value)}
                options={[
                  {
                    value: 'winner',
                    label: `${show(field.mine)} (${label(conflict.winner.by, conflict.winner.at)})`,
                  },
                  { value: 'other', label: `${show(field.theirs)} (${label(other.by, other.at)})` },
                ]}
              />
            ))}
          </section>
        );
      })}
    </FormDialog>
  );
}

function recordName(conflict: Conflict): string {
  const record = conflict.winner.record ?? conflict.others[0]?.record ?? {};
  const name = record.title ?? record.name;
  return typeof name === 'string' && name ? name : `${conflict.table} ${conflict.id}`;
}

function show(value: unknown): string {
  const t = interfaceT();
  if (value === undefined || value === null || value === '') return t('(empty)');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
