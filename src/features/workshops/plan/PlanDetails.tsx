import { validateWorkshopField, type Workshop, type WorkshopField } from '../../../domain/workshops';
import { updateWorkshopField } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { parseNumberInput } from '../../../ui/parse';
import { AutoSaveField } from '../../../ui/AutoSaveField';
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  const savers = Object.fromEntries(
    (['title', 'date', 'startTime', 'location', 'facilitator', 'objective'] as const).map((field) => [
      field,
      textSaver(id, field),
    ]),
  ) as Record<
    'title' | 'date' | 'startTime' | 'location' | 'facilitator' | 'objective',
    ReturnType<typeof textSaver>
  >;
  const dots = {
    validate: (raw: string) => {
      const parsed = parseNumberInput(raw, { label: t('Dots per participant'), kind: 'integer' });
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
      <h2 id="plan-details">{t('Details')}</h2>
      <div className="form-grid">
        <AutoSaveField
          label={t('Title')}
          value={workshop.title}
          {...savers.title}
          className="form-grid__wide"
        />
        <AutoSaveField label={t('Date')} type="date" value={workshop.date} {...savers.date} />
        <AutoSaveField
          label={t('Start time')}
          type="text"
          placeholder="09:30"
          value={workshop.startTime}
          {...savers.startTime}
          hint={t('24-hour clock; gives each agenda item its clock time.')}
        />
        <AutoSaveField label={t('Location')} value={workshop.location} {...savers.location} />
        <AutoSaveField label={t('Facilitator')} value={workshop.facilitator} {...savers.facilitator} />
        <AutoSaveField
          label={t('Dots per participant')}
          type="number"
          min="0"
          max="10"
          step="1"
          inputMode="numeric"
          value={String(workshop.dotsPerParticipant)}
          {...dots}
          hint={t('For dot voting; 0 turns it off.')}
        />
        <AutoSaveField
          label={t('Objective')}
          multiline
          rows={3}
          value={workshop.objective}
          {...savers.objective}
          className="form-grid__wide"
          hint={t('Shown to the room during the introduction and in the summary.')}
        />
      </div>
    </section>
  );
}
