import { Clock } from 'lucide-react';
import { REGIME_STATE_LABELS, type RegimeView } from '../../../domain/governance';
import { SourceLink } from '../SourceLink';
import { formatDayTime } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';

/** One reporting regime of an incident: its state, why, the deadline, steps, and what is advisable. */
export function RegimeCard({ view }: { view: RegimeView }) {
  const t = useT();
  const id = `regime-${view.regime}`;
  const overdue = view.state !== 'reported' && view.clock?.overdue === true;
  const running = view.clock !== null && view.state !== 'reported';
  return (
    <article
      className={`regime regime--${view.state} ${overdue ? 'regime--overdue' : ''}`}
      aria-labelledby={id}
    >
      <header className="regime__head">
        <h3 id={id}>{view.title}</h3>
        <SourceLink href={view.url}>{t(view.article)}</SourceLink>
      </header>
      <p className={`regime__state regime__state--${view.state}`}>{t(REGIME_STATE_LABELS[view.state])}</p>
      <p>{view.why}</p>
      {view.clock && (
        <p
          className={
            running
              ? overdue
                ? 'clock clock--overdue regime__clock'
                : 'clock clock--running regime__clock'
              : 'regime__clock'
          }
        >
          <Clock size={16} aria-hidden />{' '}
          {t('Deadline {{date}} ({{article}})', {
            date: formatDayTime(view.clock.deadline),
            article: t(view.clock.article),
          })}{' '}
          ·{' '}
          <strong>
            {view.state === 'reported'
              ? view.reportedOnTime
                ? t('reported {{date}} (on time)', { date: formatDayTime(view.reportedAt!) })
                : t('reported {{date}} (late)', { date: formatDayTime(view.reportedAt!) })
              : view.clock.label}
          </strong>
        </p>
      )}
      {view.decision && (
        <div
          className="regime__decision"
          role="note"
          aria-label={t('{{regime}}: assessment', { regime: view.title })}
        >
          <p>
            <strong>{t('Reasoning:')}</strong> {view.decision.reasoning}
          </p>
          <p>
            <strong>{t('Decided by:')}</strong> {view.decision.decidedBy}
          </p>
        </div>
      )}
      {view.steps.length > 0 && (
        <ul className="regime__steps" aria-label={t('{{regime}}: steps', { regime: view.title })}>
          {view.steps.map((step) => (
            <li key={step.label} className={step.at ? 'regime__step--done' : undefined}>
              {step.label}: {step.at ? formatDayTime(step.at) : t('not yet')}
              {step.detail && <span className="field__hint">{step.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {view.communication && (
        <section className="regime__art34" aria-label={t('Telling the people concerned (Art. 34)')}>
          <h4>{t('Telling the people concerned (Art. 34)')}</h4>
          <p>
            <strong className={`art34 art34--${view.communication.state}`}>{view.communication.label}</strong>
            {view.communication.doneAt &&
              ` ${t('on {{date}}', { date: formatDayTime(view.communication.doneAt) })}`}
            . {view.communication.why}
          </p>
        </section>
      )}
      {view.advice && <p className="regime__advice">{view.advice}</p>}
      <p className="field__hint">
        {t('Binds: {{who}}. Applies to: {{scope}}.', { who: view.binds, scope: view.scope })}
      </p>
    </article>
  );
}
