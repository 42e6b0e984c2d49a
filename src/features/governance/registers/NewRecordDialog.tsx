import { useState, type FormEvent } from 'react';
import { createRegisterRecord, RegisterValidationError } from '../../../db/governance/registers';
import { db } from '../../../db/core/schema';
import { fieldDef, type FieldDef, type RegisterDefinition } from '../../../domain/governance';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { Dialog } from '../../../ui/Dialog';
import { useOpenCreated } from '../../../ui/focusFirstField';
import { parseRaw } from '../fields/RegisterFieldInput';
import { recordPath } from './registerUi';
import { todayIso } from '../../../domain/shared/dates';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';
import { REGISTER_PHRASES } from './registerPhrases';

/**
 * Creates a record from the register's essential fields; the rest is filled in on its page.
 * Every problem is shown next to its field and nothing is stored until the input is valid.
 */
export function NewRecordDialog(props: {
  register: RegisterDefinition;
  clientId: string;
  people: readonly string[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { register, clientId, people, open, onOpenChange } = props;
  const openCreated = useOpenCreated();
  const t = useT();
  const phrases = REGISTER_PHRASES[register.id];
  const fields = register.createFields.map((key) => fieldDef(register, key)!);
  const initial = () =>
    Object.fromEntries(
      fields.map((f) => [
        f.key,
        f.kind === 'select'
          ? String(register.defaults(todayIso())[f.key])
          : f.key === 'date'
            ? todayIso()
            : '',
      ]),
    ) as Record<string, string>;
  const [raw, setRaw] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: Record<string, unknown> = {};
    const found: Record<string, string> = {};
    for (const field of fields) {
      const value = raw[field.key] ?? '';
      if (value.trim() === '' && field.kind !== 'text' && field.kind !== 'person') continue;
      const parsed =
        field.kind === 'select' ? { ok: true as const, value } : parseRaw(register, field, value);
      if (parsed.ok) input[field.key] = parsed.value;
      else found[field.key] = parsed.message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const record = await trackSave(createRegisterRecord(db, register.id, clientId, input));
      onOpenChange(false);
      setRaw(initial());
      openCreated(recordPath(clientId, register.id, record.id));
    } catch (err) {
      if (err instanceof RegisterValidationError)
        setErrors(
          Object.fromEntries(
            err.issues.map((issue) => [
              fields.some((f) => f.key === issue.field) ? issue.field : 'form',
              issue.message,
            ]),
          ),
        );
      else setErrors({ form: describeWriteError(err) });
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t(phrases.create)}
      description={t(
        'Start with the essentials; every other field is on the next page and saves as you type.',
      )}
    >
      <form onSubmit={submit} noValidate aria-label={t(phrases.create)}>
        {fields.map((field) => (
          <CreateInput
            key={field.key}
            field={field}
            value={raw[field.key] ?? ''}
            error={errors[field.key]}
            people={people}
            onChange={(value) => setRaw({ ...raw, [field.key]: value })}
          />
        ))}
        <ErrorText>{errors.form}</ErrorText>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            {t('Cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t(phrases.submit)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function CreateInput(props: {
  field: FieldDef;
  value: string;
  error?: string;
  people: readonly string[];
  onChange: (value: string) => void;
}) {
  const { field, value, error, people, onChange } = props;
  const t = useT();
  const id = `new-${field.key}`;
  const aria = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : field.hint ? `${id}-hint` : undefined,
  };
  const type = field.kind === 'date' ? 'date' : field.kind === 'datetime' ? 'datetime-local' : 'text';
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{t(field.label)}</label>
      {field.kind === 'select' ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {t(o.label)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          inputMode={field.kind === 'number' ? 'numeric' : undefined}
          list={field.kind === 'person' ? `${id}-people` : undefined}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      )}
      {field.kind === 'person' && (
        <datalist id={`${id}-people`}>
          {people.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      )}
      {field.hint && !error && (
        <p className="field__hint" id={`${id}-hint`}>
          {t(field.hint)}
        </p>
      )}
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </div>
  );
}
