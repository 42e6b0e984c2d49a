import { Trash2, UserPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import {
  MAX_PARTICIPANTS,
  participantTotal,
  validateWorkshopField,
  type Participant,
  type Workshop,
} from '../../../domain/workshops';
import { editWorkshopList, updateWorkshopField } from '../../../db/workshops/workshops';
import { newId } from '../../../db/core/ids';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { AutoSaveField } from '../../../ui/AutoSaveField';
import { parseNumberInput } from '../../../ui/parse';
import { Badge } from '../../../ui/Badge';
import { IconButton } from '../../../ui/IconButton';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { ErrorText } from '../../../ui/FieldMessages';
import { interfaceT, useT } from '../../../state/interfaceLanguage';

const nameRequired = (raw: string) => (raw.trim() ? null : interfaceT()('Each participant needs a name'));

/** Who takes part: names and roles, or just a number when names are not needed. */
export function ParticipantsEditor({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = workshop.id;
  const named = workshop.participants.length > 0;

  const editRow = (rowId: string, patch: Partial<Participant>) =>
    editWorkshopList(db, id, 'participants', (list) =>
      list.map((p) => (p.id === rowId ? { ...p, ...patch } : p)),
    );

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameRequired(name);
    if (problem) return setError(problem);
    const added = { id: newId(), name: name.trim(), role: role.trim() };
    // Clear at once so the next name can be typed while this one is saved; restore it on failure.
    setName('');
    setRole('');
    setError(null);
    document.getElementById('participant-name')?.focus();
    try {
      await trackSave(editWorkshopList(db, id, 'participants', (list) => [...list, added]));
    } catch (err) {
      setName((now) => now || added.name);
      setRole((now) => now || added.role);
      setError(describeWriteError(err));
    }
  };

  const count = {
    validate: (raw: string) => {
      const parsed = parseNumberInput(raw, {
        nullable: true,
        label: t('The number of participants'),
        kind: 'integer',
      });
      if (!parsed.ok) return parsed.message;
      const checked = validateWorkshopField('participantCount', parsed.value);
      return checked.ok ? null : checked.message;
    },
    save: async (raw: string) => {
      const parsed = parseNumberInput(raw, { nullable: true });
      if (parsed.ok) await updateWorkshopField(db, id, 'participantCount', parsed.value);
    },
  };

  const columns: TableColumn<Participant>[] = [
    {
      key: 'name',
      header: t('Name'),
      render: (p, i) => (
        <AutoSaveField
          label={t('Name of participant {{number}}', { number: i + 1 })}
          value={p.name}
          validate={nameRequired}
          save={(raw) => editRow(p.id, { name: raw.trim() })}
        />
      ),
    },
    {
      key: 'role',
      header: t('Role'),
      render: (p, i) => (
        <AutoSaveField
          label={t('Role of participant {{number}}', { number: i + 1 })}
          value={p.role}
          save={(raw) => editRow(p.id, { role: raw.trim() })}
        />
      ),
    },
    {
      key: 'remove',
      header: t('Remove'),
      headerHidden: true,
      render: (p) => (
        <IconButton
          label={t('Remove {{name}}', { name: p.name })}
          icon={Trash2}
          onClick={() =>
            void trackSave(
              editWorkshopList(db, id, 'participants', (list) => list.filter((x) => x.id !== p.id)),
            ).catch((err) => setError(describeWriteError(err)))
          }
        />
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="plan-participants">
      <h2 id="plan-participants">
        {t('Participants')} <Badge>{participantTotal(workshop) || t('none yet')}</Badge>
      </h2>
      <p className="muted">
        {t('List names and roles, or give just the number of people when names are not needed.')}
      </p>
      <AutoSaveField
        label={t('Number of participants')}
        type="number"
        min="1"
        max={String(MAX_PARTICIPANTS)}
        inputMode="numeric"
        value={workshop.participantCount === null ? '' : String(workshop.participantCount)}
        {...count}
        disabled={named}
        hint={
          named
            ? t('Counted from the {{count}} names below.', { count: workshop.participants.length })
            : t('Used for dot votes when no names are listed.')
        }
        className="ws-participant-count"
      />
      {named && (
        <RecordTable
          label={t('Participants')}
          compact
          className="ws-table--inputs"
          columns={columns}
          rows={workshop.participants}
          rowKey={(p) => p.id}
        />
      )}
      <form
        className="inline-form__fields ws-add-row"
        onSubmit={add}
        aria-label={t('Add a participant')}
        noValidate
      >
        <div className="field field--grow">
          <label htmlFor="participant-name">{t('Participant name')}</label>
          <input
            id="participant-name"
            value={name}
            onChange={(e) => (setName(e.target.value), setError(null))}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="field field--grow">
          <label htmlFor="participant-role">{t('Role')}</label>
          <input
            id="participant-role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            placeholder={t('e.g. Tax adviser')}
          />
        </div>
        <button type="submit" className="button inline-form__submit">
          <UserPlus size={16} aria-hidden /> {t('Add participant')}
        </button>
      </form>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
