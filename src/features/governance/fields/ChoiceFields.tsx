import { useId } from 'react';
import type { FieldDef, RegisterId } from '../../../domain/governance';
import { FieldShell } from './FieldShell';
import { useFieldSave, useShownValue } from './useFieldSave';
import { ErrorText, HintText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

/** A yes/no field as one checkbox, saved when ticked. */
export function CheckboxField(props: {
  registerId: RegisterId;
  recordId: string;
  field: FieldDef;
  value: boolean;
}) {
  const { registerId, recordId, field, value } = props;
  const id = useId();
  const t = useT();
  const { error, save } = useFieldSave(registerId, recordId, field.key);
  const [checked, setChecked] = useShownValue(value);
  const change = (next: boolean) => {
    setChecked(next);
    void save(next).then((ok) => ok || setChecked(value));
  };
  return (
    <div className={`field gov-checkbox ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id} className="gov-checkbox__label">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => change(e.target.checked)}
          aria-describedby={field.hint ? `${id}-hint` : undefined}
        />
        {t(field.label)}
      </label>
      <HintText id={`${id}-hint`}>{field.hint && t(field.hint)}</HintText>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}

/** Several values of a fixed list, as a group of checkboxes. */
export function MultiSelectField(props: {
  registerId: RegisterId;
  recordId: string;
  field: FieldDef;
  value: string[];
}) {
  const { registerId, recordId, field, value } = props;
  const id = useId();
  const t = useT();
  const { error, save } = useFieldSave(registerId, recordId, field.key);
  const [selected, setSelected] = useShownValue(value);
  const change = (next: string[]) => {
    setSelected(next);
    void save(next).then((ok) => ok || setSelected(value));
  };
  return (
    <FieldShell
      id={id}
      label={t(field.label)}
      hint={field.hint && t(field.hint)}
      error={error}
      group
      wide={field.wide}
    >
      <div className="gov-checks">
        {(field.options ?? []).map((option) => (
          <label key={option.value} className="gov-checkbox__label">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) =>
                change(
                  e.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value),
                )
              }
            />
            {t(option.label)}
          </label>
        ))}
      </div>
    </FieldShell>
  );
}
