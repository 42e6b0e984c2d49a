import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { EscalationStep, FieldDef, RegisterId } from '../../../domain/governance';
import { FieldShell } from './FieldShell';
import { useFieldSave } from './useFieldSave';
import { useT } from '../../../state/interfaceLanguage';

/** The escalation steps: who is contacted next and within what time, in order. */
export function StepsField(props: {
  registerId: RegisterId;
  recordId: string;
  field: FieldDef;
  value: EscalationStep[];
  suggestions: readonly string[];
}) {
  const { registerId, recordId, field, value, suggestions } = props;
  const id = useId();
  const t = useT();
  const { error, save } = useFieldSave(registerId, recordId, field.key);
  const [rows, setRows] = useState<EscalationStep[]>(value);
  const [localError, setLocalError] = useState<string | null>(null);
  const editing = useRef(false);

  useEffect(() => {
    if (!editing.current) setRows(value);
  }, [value]);

  const commit = (next: EscalationStep[]) => {
    setRows(next);
    editing.current = true;
    const blank = next.findIndex((step) => !step.contact.trim());
    if (blank >= 0) {
      setLocalError(t('Step {{n}}: enter who is contacted (it is saved once filled in)', { n: blank + 1 }));
      return;
    }
    setLocalError(null);
    void save(next).then(() => (editing.current = false));
  };
  const update = (index: number, patch: Partial<EscalationStep>) =>
    commit(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    commit(next);
  };

  return (
    <FieldShell
      id={id}
      label={t(field.label)}
      hint={field.hint && t(field.hint)}
      error={localError ?? error}
      group
      wide
    >
      {rows.length === 0 ? (
        <p className="muted">{t('No escalation steps yet: after the first contact, who is next?')}</p>
      ) : (
        <ol className="gov-steps">
          {rows.map((row, index) => (
            <li key={index} className="gov-steps__row">
              <span className="gov-steps__number" aria-hidden>
                {index + 1}
              </span>
              <input
                aria-label={t('Step {{n}}: who', { n: index + 1 })}
                value={row.contact}
                list={`${id}-people`}
                onChange={(e) => update(index, { contact: e.target.value })}
                placeholder={t('Who is contacted')}
              />
              <input
                aria-label={t('Step {{n}}: response time', { n: index + 1 })}
                value={row.responseTime}
                onChange={(e) => update(index, { responseTime: e.target.value })}
                placeholder={t('Within, e.g. 4 hours')}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('Move step {{n}} up', { n: index + 1 })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <ArrowUp size={16} aria-hidden />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('Move step {{n}} down', { n: index + 1 })}
                disabled={index === rows.length - 1}
                onClick={() => move(index, 1)}
              >
                <ArrowDown size={16} aria-hidden />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('Remove step {{n}}', { n: index + 1 })}
                onClick={() => commit(rows.filter((_, i) => i !== index))}
              >
                <Trash2 size={16} aria-hidden />
              </button>
            </li>
          ))}
        </ol>
      )}
      <datalist id={`${id}-people`}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div>
        <button
          type="button"
          className="button"
          onClick={() => setRows([...rows, { contact: '', responseTime: '' }])}
        >
          <Plus size={16} aria-hidden /> {t('Add a step')}
        </button>
      </div>
    </FieldShell>
  );
}
