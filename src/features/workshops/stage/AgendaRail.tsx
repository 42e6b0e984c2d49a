import { AGENDA_ACTIVITY_LABELS, agendaSchedule, type Workshop } from '../../../domain/workshops';

/** The agenda with the current item highlighted and the finished ones greyed. */
export function AgendaRail({ workshop, compact = false }: { workshop: Workshop; compact?: boolean }) {
  const current = workshop.session.agendaIndex;
  return (
    <ol className={`agenda-rail ${compact ? 'agenda-rail--compact' : ''}`} aria-label="Agenda">
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
              <span className="agenda-rail__activity">{AGENDA_ACTIVITY_LABELS[item.activity]}</span>
            )}
          </span>
          <span className="agenda-rail__minutes">{item.minutes} min</span>
        </li>
      ))}
    </ol>
  );
}
