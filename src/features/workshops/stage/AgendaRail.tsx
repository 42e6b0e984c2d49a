import { AGENDA_ACTIVITY_LABELS, agendaSchedule, type Workshop } from '../../../domain/workshops';
import { useT } from '../../../state/interfaceLanguage';

/** The agenda with the current item highlighted and the finished ones greyed. */
export function AgendaRail({ workshop, compact = false }: { workshop: Workshop; compact?: boolean }) {
  const t = useT();
  const current = workshop.session.agendaIndex;
  return (
    <ol className={`agenda-rail ${compact ? 'agenda-rail--compact' : ''}`} aria-label={t('Agenda')}>
      {agendaSchedule(workshop.agenda, workshop.startTime).map(({ item, starts }, i) => (
        <li
          key={item.id}
          className={i === current ? 'is-current' : i < current ? 'is-done' : undefined}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="agenda-rail__time">{starts ?? `${item.minutes}′`}</span>
          <span className="agenda-rail__title">
            {item.title}
            {!compact && (
              <span className="agenda-rail__activity">{t(AGENDA_ACTIVITY_LABELS[item.activity])}</span>
            )}
          </span>
          <span className="agenda-rail__minutes">{t('{{minutes}} min', { minutes: item.minutes })}</span>
        </li>
      ))}
    </ol>
  );
}
