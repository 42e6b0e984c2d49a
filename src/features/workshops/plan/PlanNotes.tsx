import { parseNextSteps, validateWorkshopField, type Workshop } from '../../../domain/workshops';
import { updateWorkshopField } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { AutoSaveField } from '../../../ui/AutoSaveField';

/** The agreed next steps (one per line, in the summary) and the facilitator's private notes. */
export function NextStepsField({ workshop, label = 'Next steps' }: { workshop: Workshop; label?: string }) {
  return (
    <AutoSaveField
      label={label}
      multiline
      rows={5}
      value={workshop.nextSteps.join('\n')}
      validate={(raw) => {
        const checked = validateWorkshopField('nextSteps', parseNextSteps(raw));
        return checked.ok ? null : checked.message;
      }}
      save={(raw) => updateWorkshopField(db, workshop.id, 'nextSteps', parseNextSteps(raw))}
      hint="One step per line; they close the participants' summary."
    />
  );
}

export function FacilitatorNotesField({ workshop, rows = 5 }: { workshop: Workshop; rows?: number }) {
  return (
    <AutoSaveField
      label="Facilitator notes"
      multiline
      rows={rows}
      value={workshop.notes}
      validate={(raw) => {
        const checked = validateWorkshopField('notes', raw);
        return checked.ok ? null : checked.message;
      }}
      save={(raw) => updateWorkshopField(db, workshop.id, 'notes', raw)}
      hint="Only for you: never shown to the room or in the summary."
    />
  );
}

export function PlanNotes({ workshop }: { workshop: Workshop }) {
  return (
    <section className="card" aria-labelledby="plan-notes">
      <h2 id="plan-notes">Next steps and notes</h2>
      <div className="ws-two-fields">
        <NextStepsField workshop={workshop} />
        <FacilitatorNotesField workshop={workshop} />
      </div>
    </section>
  );
}
