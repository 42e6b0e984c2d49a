import { validateClientField, type Client, type ClientField } from '../../../domain/clients/client';
import { updateRecord } from '../../../db/records';
import { db } from '../../../db/schema';
import { AutoSaveField, type AutoSaveFieldProps } from '../../../ui/AutoSaveField';
import { parseDateInput, parseNumberInput, type Parsed } from '../../../ui/parse';

/** Self-saving inputs bound to one field of the client: parse the raw input, validate it, store it. */

type Kind = 'text' | 'number' | 'date';

function parseFor(kind: Kind, raw: string, label: string): Parsed<unknown> {
  if (kind === 'number') return parseNumberInput(raw, { nullable: true, label: label.toLowerCase() });
  if (kind === 'date') return parseDateInput(raw);
  return { ok: true, value: raw };
}

function check(field: ClientField, kind: Kind, raw: string, label: string): Parsed<unknown> {
  const parsed = parseFor(kind, raw, label);
  if (!parsed.ok) return parsed;
  const checked = validateClientField(field, parsed.value);
  return checked.ok ? { ok: true, value: checked.value } : checked;
}

export function ClientField(
  props: { client: Client; field: ClientField; label: string; kind?: Kind } & Omit<AutoSaveFieldProps, 'value' | 'save' | 'validate' | 'label'>,
) {
  const { client, field, label, kind = 'text', ...rest } = props;
  const stored = client[field];
  return (
    <AutoSaveField
      label={label}
      value={stored === null || stored === undefined ? '' : String(stored)}
      type={kind === 'date' ? 'date' : rest.type}
      inputMode={kind === 'number' ? 'decimal' : rest.inputMode}
      validate={(raw) => {
        const result = check(field, kind, raw, label);
        return result.ok ? null : result.message;
      }}
      save={async (raw) => {
        const result = check(field, kind, raw, label);
        if (result.ok) await updateRecord(db, 'clients', client.id, { [field]: result.value });
      }}
      {...rest}
    />
  );
}
