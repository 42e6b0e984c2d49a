import {
  localInputToTimestamp,
  timestampToLocalInput,
  validateFieldValue,
  type EscalationStep,
  type FieldDef,
  type RegisterDefinition,
  type RegisterRecord,
} from '../../../domain/governance';
import { AutoSaveField, AutoSaveSelect } from '../../../ui/AutoSaveField';
import { parseDateInput, parseNumberInput, verdictOf, type Parsed } from '../../../ui/parse';
import type { LinkIndex } from '../registers/registerUi';
import { AutoSaveInput } from './AutoSaveInput';
import { CheckboxField, MultiSelectField } from './ChoiceFields';
import { LinksField } from './LinksField';
import { ListField } from './ListField';
import { StepsField } from './StepsField';
import { saveRegisterField } from './useFieldSave';
import { interfaceT, useT } from '../../../state/interfaceLanguage';

/** Raw input of a text-like field turned into the stored value, checked by the register's schema. */
export function parseRaw(register: RegisterDefinition, field: FieldDef, raw: string): Parsed<unknown> {
  let parsed: Parsed<unknown>;
  if (field.kind === 'number')
    parsed = parseNumberInput(raw, { nullable: true, label: interfaceT()(field.label) });
  else if (field.kind === 'date') parsed = parseDateInput(raw);
  else if (field.kind === 'datetime') {
    const stamp = raw.trim() === '' ? null : localInputToTimestamp(raw);
    parsed =
      stamp === null && raw.trim() !== ''
        ? { ok: false, message: interfaceT()('Enter a real date and time') }
        : { ok: true, value: stamp };
  } else parsed = { ok: true, value: raw };
  if (!parsed.ok) return parsed;
  const checked = validateFieldValue(register, field.key, parsed.value);
  return checked.ok ? { ok: true, value: checked.value, readAs: parsed.readAs } : checked;
}

export interface FieldInputProps {
  register: RegisterDefinition;
  record: RegisterRecord;
  field: FieldDef;
  index: LinkIndex;
  people: readonly string[];
}

/** The input for one field of a register record, chosen by the field's kind. Every edit saves itself. */
export function RegisterFieldInput({ register, record, field, index, people }: FieldInputProps) {
  const t = useT();
  const label = t(field.label);
  const hint = field.hint && t(field.hint);
  const value = record[field.key];
  const common = { registerId: register.id, recordId: record.id, field };
  const className = field.wide ? 'gov-field--wide' : undefined;
  const saveRaw = async (raw: string) => {
    const parsed = parseRaw(register, field, raw);
    if (parsed.ok) await saveRegisterField(register.id, record.id, field.key, parsed.value);
  };
  const validate = (raw: string) => verdictOf(parseRaw(register, field, raw));

  switch (field.kind) {
    case 'select':
      return (
        <AutoSaveSelect
          label={label}
          value={String(value)}
          options={(field.options ?? []).map((o) => ({ ...o, label: t(o.label) }))}
          hint={hint}
          save={(v) => saveRegisterField(register.id, record.id, field.key, v)}
        />
      );
    case 'boolean':
      return <CheckboxField {...common} value={value === true} />;
    case 'multiselect':
      return <MultiSelectField {...common} value={(value as string[]) ?? []} />;
    case 'people':
    case 'tags':
      return (
        <ListField
          {...common}
          value={(value as string[]) ?? []}
          suggestions={field.kind === 'people' ? people : (field.suggestions ?? []).map((s) => t(s))}
        />
      );
    case 'links':
      return <LinksField {...common} value={(value as string[]) ?? []} index={index} />;
    case 'steps':
      return <StepsField {...common} value={(value as EscalationStep[]) ?? []} suggestions={people} />;
    case 'person':
      return (
        <AutoSaveInput
          label={label}
          value={String(value ?? '')}
          hint={hint}
          suggestions={people}
          validate={validate}
          save={saveRaw}
          wide={field.wide}
        />
      );
    case 'datetime':
      return (
        <AutoSaveInput
          label={label}
          type="datetime-local"
          value={timestampToLocalInput(value as string | null)}
          hint={hint}
          validate={validate}
          save={saveRaw}
        />
      );
    default:
      return (
        <AutoSaveField
          label={label}
          value={value === null || value === undefined ? '' : String(value)}
          type={field.kind === 'date' ? 'date' : 'text'}
          inputMode={field.kind === 'number' ? 'numeric' : undefined}
          multiline={field.kind === 'textarea'}
          rows={field.key === 'text' ? 12 : 4}
          hint={hint}
          className={className}
          validate={validate}
          save={saveRaw}
        />
      );
  }
}
