import { EU_AI_ACT_RULE_PACK as pack } from '../../domain/governance';
import { SourceLink } from './SourceLink';
import { formatDay } from '../../domain/shared/dates';

/** The EU AI Act rule pack as the about screen shows it: version, date, sources and change log. */
export function RulePackAbout() {
  return (
    <section className="card" aria-labelledby="rule-pack-title">
      <h2 id="rule-pack-title">EU AI Act rule pack</h2>
      <p>
        Rule pack <strong>{pack.id}</strong> version <strong>{pack.version}</strong>, reflecting the law as of{' '}
        <strong>{formatDay(pack.effectiveDate)}</strong>. {pack.disclaimer}
      </p>
      <h3>Official texts</h3>
      <ul>
        {pack.sources.map((source) => (
          <li key={source.id}>
            <SourceLink href={source.url}>{source.title}</SourceLink>
          </li>
        ))}
      </ul>
      <p className="field__hint">
        Links open in your browser only when you click them; the app itself makes no network requests.
      </p>
      <h3>Change log</h3>
      <ol className="change-log" aria-label="Rule pack change log">
        {pack.changeLog.map((entry) => (
          <li key={entry.version}>
            <strong>
              Version {entry.version} · {formatDay(entry.date)}
            </strong>
            <ul>
              {entry.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
