import { parseNextSteps, validateWorkshopField, type Workshop } from '../../../domain/workshops';
import { updateWorkshopField } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { AutoSaveField } from '../../../ui/AutoSaveField';
import { useT } from '../../../state/interfaceLanguage';

/** The agreed next steps (one per line, in the summary) and the facilitator's private notes. */
export function NextStepsField({ workshop, label }: { workshop: Workshop; label?: string }) {
  const t = useT();
  return (
    <AutoSaveField
      label={label ?? t('Next steps')}
      multiline
      rows={5}
      value={workshop.nextSteps.join('\n')}
      validate={(raw) => {
        const checked = validateWorkshopField('nextSteps', parseNextSteps(raw));
        return checked.ok ? null : checked.message;
      }}
      save={(raw) => updateWorkshopField(db, workshop.id, 'nextSteps', parseNextSteps(raw))}
      hint={t('One step per line; they close the participants’ summary.')}
    />
  );
}

export function FacilitatorNotesField({ workshop, rows = 5 }: { workshop: Workshop; rows?: number }) {
  const t = useT();
  return (
    <AutoSaveField
      label={t('Facilitator notes')}
      multiline
      rows={rows}
      value={workshop.notes}
      validate={(raw) => {
        const checked = validateWorkshopField('notes', raw);
        return checked.ok ? null : checked.message;
      }}
      save={(raw) => updateWorkshopField(db, workshop.id, 'notes', raw)}
      hint={t('Only for you: never shown to the room or in the summary.')}
    />
  );
}

export function PlanNotes({ workshop }: { workshop: Workshop }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="plan-notes">
      <h2 id="plan-notes">{t('Next steps and notes')}</h2>
      <div className="ws-two-fields">
        <NextStepsField workshop={workshop} />
        <FacilitatorNotesField workshop={workshop} />
      </div>
    </section>
  );
}
