import { daysBetween, STAGE_LABELS, type UseCase } from '../../../domain/portfolio';
import { formatDay, StageBadge } from '../labels';
import { todayIso } from '../../../domain/shared/dates';

function duration(days: number): string {
  if (days < 1) return 'same day';
  if (days < 14) return `${days} day${days === 1 ? '' : 's'}`;
  if (days < 70) return `${Math.round(days / 7)} weeks`;
  return `${Math.round(days / 30.4)} months`;
}

/** The stage history as a timeline, oldest first, with how long the use case stayed in each stage. */
export function StageTimeline({ useCase }: { useCase: UseCase }) {
  const history = useCase.stageHistory;
  return (
    <section className="card" aria-labelledby="uc-timeline">
      <h2 id="uc-timeline">Stage history</h2>
      <ol className="timeline" aria-label="Stage history">
        {history.map((entry, i) => {
          const next = history[i + 1];
          const days = daysBetween(entry.date, next ? next.date : todayIso());
          return (
            <li
              key={`${entry.stage}-${i}`}
              className={`timeline__item ${next ? '' : 'timeline__item--current'}`}
            >
              <span className={`timeline__dot stage-bg--${entry.stage}`} aria-hidden />
              <div>
                <p>
                  <StageBadge stage={entry.stage} />{' '}
                  <time dateTime={entry.date}>{formatDay(entry.date)}</time>
                </p>
                <p className="muted small">
                  {next
                    ? `${duration(days)} in ${STAGE_LABELS[entry.stage]}`
                    : days < 1
                      ? 'Current stage, since today'
                      : `Current stage, for ${duration(days)}`}
                </p>
                {entry.note && <p className="small">{entry.note}</p>}
                {entry.pilotLimitOverrideReason && (
                  <p className="override-note small">
                    <strong>Pilot limit overridden:</strong> “{entry.pilotLimitOverrideReason}”
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
