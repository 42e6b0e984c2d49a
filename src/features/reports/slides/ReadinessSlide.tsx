import type { ReportPage } from '../../../domain/reports';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';
import './readiness.css';
import { reportLanguage } from '../reportLanguage';

/** AI management system readiness: coverage and readiness per framework, top gaps, evidence expiring. */
export function ReadinessSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'readiness' }> }) {
  const { page, model } = props;
  const r = model.readiness;
  const { t, day } = reportLanguage(model);
  if (!r) {
    return (
      <ReportSlideFrame {...props} title={page.title}>
        <EmptySlideMessage>
          {t('No AI management system controls are set up for {{client}} yet.', {
            client: model.client.name,
          })}
        </EmptySlideMessage>
      </ReportSlideFrame>
    );
  }
  return (
    <ReportSlideFrame {...props} title={page.title}>
      <div className="readiness-slide">
        <div>
          <div className="tiles">
            {r.frameworks.map((f) => (
              <div key={f.framework} className="tile">
                <strong>{f.readiness === null ? '—' : `${f.readiness}%`}</strong>
                <span>{t('{{framework}} readiness', { framework: f.name })}</span>
              </div>
            ))}
          </div>
          <table className="slide-table readiness-coverage" aria-label={t('Coverage per framework')}>
            <thead>
              <tr>
                <th>{t('Framework')}</th>
                <th className="num">{t('Applicable')}</th>
                <th className="num">{t('Implemented')}</th>
                <th className="num">{t('Evidenced')}</th>
              </tr>
            </thead>
            <tbody>
              {r.frameworks.map((f) => (
                <tr key={f.framework}>
                  <td>
                    {f.name}
                    {f.undecided > 0 && (
                      <div className="readiness-note">
                        {t('{{count}} not decided yet', { count: f.undecided })}
                      </div>
                    )}
                  </td>
                  <td className="num">{f.applicable}</td>
                  <td className="num">
                    <span
                      className="readiness-bar"
                      style={{ width: `${f.applicable ? (100 * f.implemented) / f.applicable : 0}%` }}
                    />
                    {f.implemented}
                  </td>
                  <td className="num">
                    <span
                      className="readiness-bar readiness-bar--evidenced"
                      style={{ width: `${f.applicable ? (100 * f.evidenced) / f.applicable : 0}%` }}
                    />
                    {f.evidenced}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="footnote">
            {t(
              '{{implemented}} of {{total}} controls implemented. Readiness = (implemented + evidenced) ÷ (2 × applicable requirements). Framework pack {{version}}.',
              { implemented: r.controls.implemented, total: r.controls.total, version: r.packVersion },
            )}
          </p>
        </div>
        <div className="readiness-side">
          <h3>{t('Top gaps')}</h3>
          {r.topGaps.length === 0 ? (
            <p>{t('No gaps: every applicable requirement is implemented and evidenced.')}</p>
          ) : (
            <ul className="bullets">
              {r.topGaps.map((g, i) => (
                <li key={i}>
                  <strong>{g.heading}:</strong> {g.text}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('Evidence expiring or expired')}</h3>
          {r.expiringEvidence.length === 0 ? (
            <p>{t('No evidence expires in the next 60 days.')}</p>
          ) : (
            <ul className="bullets">
              {r.expiringEvidence.map((e, i) => (
                <li key={i} className={e.expired ? 'readiness-expired' : undefined}>
                  {e.title}:{' '}
                  {e.expired ? (
                    <strong>{t('expired {{date}}', { date: day(e.validUntil) })}</strong>
                  ) : (
                    t('valid until {{date}}', { date: day(e.validUntil) })
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </ReportSlideFrame>
  );
}
