import { EU_AI_ACT_RULE_PACK as pack } from '../../domain/governance';
import { SourceLink } from './SourceLink';
import { formatDay } from '../../domain/shared/dates';
import { useT } from '../../state/interfaceLanguage';

/** The EU AI Act rule pack as the about screen shows it: version, date, sources and change log. */
export function RulePackAbout() {
  const t = useT();
  return (
    <section className="card" aria-labelledby="rule-pack-title">
      <h2 id="rule-pack-title">{t('EU AI Act rule pack')}</h2>
      <p>
        {t('Rule pack {{pack}} version {{version}}, reflecting the law as of {{date}}.', {
          pack: pack.id,
          version: pack.version,
          date: formatDay(pack.effectiveDate),
        })}{' '}
        {t(pack.disclaimer)}
      </p>
      <h3>{t('Official texts')}</h3>
      <ul>
        {pack.sources.map((source) => (
          <li key={source.id}>
            <SourceLink href={source.url}>{t(source.title)}</SourceLink>
          </li>
        ))}
      </ul>
      <p className="field__hint">
        {t('Links open in your browser only when you click them; the app itself makes no network requests.')}
      </p>
      <h3>{t('Change log')}</h3>
      <ol className="change-log" aria-label={t('Rule pack change log')}>
        {pack.changeLog.map((entry) => (
          <li key={entry.version}>
            <strong>
              {t('Version {{version}}', { version: entry.version })} · {formatDay(entry.date)}
            </strong>
            <ul>
              {entry.changes.map((change) => (
                <li key={change}>{t(change)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
