import { validateClientField, type Client, type ClientField } from '../../../domain/clients/client';
import { updateRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { AutoSaveField, type AutoSaveFieldProps } from '../../../ui/AutoSaveField';
import type { NumberKind } from '../../../domain/shared/numberInput';
import { parseDateInput, parseNumberInput, verdictOf, type Parsed } from '../../../ui/parse';

/** Self-saving inputs bound to one field of the client: parse the raw input, validate it, store it. */

type Kind = 'text' | 'number' | 'date';

/** Money fields accept `€ 1.250,50`; counts are whole and not negative. */
const NUMBER_KINDS: Partial<Record<ClientField, NumberKind>> = {
  rate: 'money',
  employees: 'integer',
  pilotLimit: 'integer',
};

function parseFor(field: ClientField, kind: Kind, raw: string, label: string): Parsed<unknown> {
  if (kind === 'number')
    return parseNumberInput(raw, { nullable: true, label, kind: NUMBER_KINDS[field] ?? 'number' });
  if (kind === 'date') return parseDateInput(raw);
  return { ok: true, value: raw };
}

function check(field: ClientField, kind: Kind, raw: string, label: string): Parsed<unknown> {
  const parsed = parseFor(field, kind, raw, label);
  if (!parsed.ok) return parsed;
  const checked = validateClientField(field, parsed.value);
  return checked.ok ? { ok: true, value: checked.value, readAs: parsed.readAs } : checked;
}

export function ClientField(
  props: { client: Client; field: ClientField; label: string; kind?: Kind } & Omit<
    AutoSaveFieldProps,
    'value' | 'save' | 'validate' | 'label'
  >,
) {
  const { client, field, label, kind = 'text', ...rest } = props;
  const stored = client[field];
  return (
    <AutoSaveField
      label={label}
      value={stored === null || stored === undefined ? '' : String(stored)}
      type={kind === 'date' ? 'date' : rest.type}
      inputMode={kind === 'number' ? 'decimal' : rest.inputMode}
      validate={(raw) => verdictOf(check(field, kind, raw, label))}
      save={async (raw) => {
        const result = check(field, kind, raw, label);
        if (result.ok) await updateRecord(db, 'clients', client.id, { [field]: result.value });
      }}
      {...rest}
    />
  );
}
