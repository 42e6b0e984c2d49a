import { validateWorkshopField, type Workshop, type WorkshopField } from '../../../domain/workshops';
import { updateWorkshopField } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { parseNumberInput } from '../../../ui/parse';
import { AutoSaveField } from '../../../ui/AutoSaveField';

function textSaver(workshopId: string, field: WorkshopField) {
  return {
    validate: (raw: string) => {
      const checked = validateWorkshopField(field, raw);
      return checked.ok ? null : checked.message;
    },
    save: (raw: string) => updateWorkshopField(db, workshopId, field, raw),
  };
}

/** Title, date, time, place, facilitator, objective and dot-voting rule of a workshop. */
export function PlanDetails({ workshop }: { workshop: Workshop }) {
  const id = workshop.id;
  const dots = {
    validate: (raw: string) => {
      const parsed = parseNumberInput(raw, { label: 'Dots per participant', kind: 'integer' });
      if (!parsed.ok) return parsed.message;
      const checked = validateWorkshopField('dotsPerParticipant', parsed.value);
      return checked.ok ? null : checked.message;
    },
    save: async (raw: string) => {
      const parsed = parseNumberInput(raw);
      if (parsed.ok) await updateWorkshopField(db, id, 'dotsPerParticipant', parsed.value);
    },
  };
  return (
    <section className="card" aria-labelledby="plan-details">
      <h2 id="plan-details">Details</h2>
      <div className="form-grid">
        <AutoSaveField
          label="Title"
          value={workshop.title}
          {...textSaver(id, 'title')}
          className="form-grid__wide"
        />
        <AutoSaveField label="Date" type="date" value={workshop.date} {...textSaver(id, 'date')} />
        <AutoSaveField
          label="Start time"
          type="text"
          placeholder="09:30"
          value={workshop.startTime}
          {...textSaver(id, 'startTime')}
          hint="24-hour clock; gives each agenda item its clock time."
        />
        <AutoSaveField label="Location" value={workshop.location} {...textSaver(id, 'location')} />
        <AutoSaveField label="Facilitator" value={workshop.facilitator} {...textSaver(id, 'facilitator')} />
        <AutoSaveField
          label="Dots per participant"
          type="number"
          min="0"
          max="10"
          step="1"
          inputMode="numeric"
          value={String(workshop.dotsPerParticipant)}
          {...dots}
          hint="For dot voting; 0 turns it off."
        />
        <AutoSaveField
          label="Objective"
          multiline
          rows={3}
          value={workshop.objective}
          {...textSaver(id, 'objective')}
          className="form-grid__wide"
          hint="Shown to the room during the introduction and in the summary."
        />
      </div>
    </section>
  );
}
