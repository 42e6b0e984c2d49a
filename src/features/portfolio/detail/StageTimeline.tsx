import { daysBetween, STAGE_LABELS, type UseCase } from '../../../domain/portfolio';
import { formatDay, StageBadge } from '../labels';
import { todayIso } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';

function duration(days: number, t: Translate): string {
  if (days < 1) return t('same day');
  if (days < 14) return t('{{count}} days', { count: days });
  if (days < 70) return t('{{count}} weeks', { count: Math.round(days / 7) });
  return t('{{count}} months', { count: Math.round(days / 30.4) });
}

/** The stage history as a timeline, oldest first, with how long the use case stayed in each stage. */
export function StageTimeline({ useCase }: { useCase: UseCase }) {
  const t = useT();
  const history = useCase.stageHistory;
  return (
    <section className="card" aria-labelledby="uc-timeline">
      <h2 id="uc-timeline">{t('Stage history')}</h2>
      <ol className="timeline" aria-label={t('Stage history')}>
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
                    ? t('{{duration}} in {{stage}}', {
                        duration: duration(days, t),
                        stage: t(STAGE_LABELS[entry.stage]),
                      })
                    : days < 1
                      ? t('Current stage, since today')
                      : t('Current stage, for {{duration}}', { duration: duration(days, t) })}
                </p>
                {entry.note && <p className="small">{entry.note}</p>}
                {entry.pilotLimitOverrideReason && (
                  <p className="override-note small">
                    <strong>{t('Pilot limit overridden:')}</strong> “{entry.pilotLimitOverrideReason}”
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
