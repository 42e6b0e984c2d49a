import { RISK_TIER_LABELS, RISK_TIERS } from '../../../domain/portfolio';
import { complianceFigures, tierOverrideText, type ReportPage } from '../../../domain/reports';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';
import { heatSlideFill, PALETTE, RISK_TIER_COLOURS } from '../../../domain/shared/palette';
import { reportLanguage } from '../reportLanguage';
import { incidentStatus, SEVERITY_LABELS } from './statusLabels';

export function RisksSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'risks' }> }) {
  const { page, model } = props;
  const risks = model.governance.risks;
  const { t } = reportLanguage(model);
  if (risks.length === 0) {
    return (
      <ReportSlideFrame {...props} title={page.title}>
        <EmptySlideMessage>{t('No AI risks are recorded in the risk register yet.')}</EmptySlideMessage>
      </ReportSlideFrame>
    );
  }
  const table = (
    <table className="slide-table">
      <thead>
        <tr>
          <th>{t('Risk')}</th>
          <th className="num">{t('Inherent')}</th>
          <th className="num">{t('Current')}</th>
          <th>{t('Owner')}</th>
          <th>{t('Treatment')}</th>
        </tr>
      </thead>
      <tbody>
        {page.risks.map((r) => (
          <tr key={r.id}>
            <td>{r.title}</td>
            <td className="num">{r.likelihood * r.severity}</td>
            <td className="num">
              <strong>{r.residualLikelihood * r.residualSeverity}</strong>
            </td>
            <td>{r.owner || '—'}</td>
            <td>{t(r.treatment)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!page.showMap)
    return (
      <ReportSlideFrame {...props} title={page.title}>
        {table}
      </ReportSlideFrame>
    );
  return (
    <ReportSlideFrame {...props} title={page.title}>
      <div className="risks-slide">
        <figure className="slide-heatmap" aria-label={t('Risk heat map, current level')}>
          <div className="slide-heatmap__grid">
            {[5, 4, 3, 2, 1].map((likelihood) =>
              [1, 2, 3, 4, 5].map((severity) => {
                const count = risks.filter(
                  (r) => r.residualLikelihood === likelihood && r.residualSeverity === severity,
                ).length;
                return (
                  <div
                    key={`${likelihood}-${severity}`}
                    className="slide-heatmap__cell"
                    style={{ background: heatSlideFill(likelihood * severity) }}
                  >
                    {count > 0 ? count : ''}
                  </div>
                );
              }),
            )}
          </div>
          <figcaption>
            {t(
              'Likelihood (rows, 5 at the top) × severity (columns, 5 on the right), current level (inherent until controls are in place); numbers count risks',
            )}
          </figcaption>
        </figure>
        <div>
          <h3>{t('Top risks (rating = likelihood × severity)')}</h3>
          {table}
        </div>
      </div>
    </ReportSlideFrame>
  );
}

export function ComplianceSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'compliance' }> }) {
  const { page, model } = props;
  const g = model.governance;
  const figures = complianceFigures(model);
  const { t, day } = reportLanguage(model);
  const tierCounts = RISK_TIERS.map((tier) => ({ tier, count: figures.systemsByTier[tier] }));
  return (
    <ReportSlideFrame {...props} title={page.title}>
      {page.showSummary && (
        <div className="tiles">
          {tierCounts.map(({ tier, count }) => (
            <div key={tier} className="tile" style={{ borderTopColor: RISK_TIER_COLOURS[tier] }}>
              <strong>{count}</strong>
              <span>
                {tier === 'unclassified'
                  ? t('Systems not yet classified')
                  : t('{{tier}} systems', { tier: t(RISK_TIER_LABELS[tier]) })}
              </span>
            </div>
          ))}
          <div className="tile" style={{ borderTopColor: RISK_TIER_COLOURS.unclassified }}>
            <strong>
              {figures.useCasesUnclassified}/{figures.useCasesCounted}
            </strong>
            <span>{t('Use cases not yet classified')}</span>
          </div>
          <div className="tile">
            <strong>
              {g.dpia.done}/{g.dpia.likelyRequired}
            </strong>
            <span>{t('DPIAs done / likely required')}</span>
          </div>
          <div className="tile">
            <strong>{g.literacyCoverage === null ? '—' : `${Math.round(g.literacyCoverage * 100)}%`}</strong>
            <span>{t('AI-literacy coverage')}</span>
          </div>
        </div>
      )}
      {g.obligations.length === 0 ? (
        <EmptySlideMessage>
          {t('No AI system has been classified under the EU AI Act yet.')}
        </EmptySlideMessage>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th>{t('Obligation')}</th>
              <th>{t('Article')}</th>
              <th>{t('Applies from')}</th>
              <th className="num">{t('Systems')}</th>
            </tr>
          </thead>
          <tbody>
            {page.obligations.map((o) => (
              <tr key={o.id}>
                <td>{t(o.title)}</td>
                <td className="nowrap">{o.article}</td>
                <td className="nowrap">
                  {o.inForce ? (
                    <strong>{t('In force since {{date}}', { date: day(o.appliesFrom) })}</strong>
                  ) : (
                    t('From {{date}}', { date: day(o.appliesFrom) })
                  )}
                </td>
                <td className="num">{o.systems}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.showSummary && g.systems.some((s) => s.tierOverride) && (
        <p className="footnote">
          {t('Tier overrides:')}{' '}
          {g.systems
            .filter((s) => s.tierOverride)
            .map((s) => `${s.name}: ${t(RISK_TIER_LABELS[s.tier])}. ${tierOverrideText(s, t)}`)
            .join(' · ')}
        </p>
      )}
      {page.showSummary && g.policiesDue.length > 0 && (
        <p className="footnote">
          {t('Policies due for review:')}{' '}
          {g.policiesDue.map((p) => `${p.title} (${day(p.reviewDate)})`).join('; ')}
        </p>
      )}
    </ReportSlideFrame>
  );
}

export function IncidentsSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'incidents' }> }) {
  const { page, model } = props;
  const g = model.governance;
  const count = (s: string) => g.incidents.filter((i) => i.severity === s).length;
  const [minor, serious, verySerious] = (['minor', 'serious', 'very-serious'] as const).map(count);
  const { t, day, period } = reportLanguage(model);
  return (
    <ReportSlideFrame {...props} title={page.title}>
      {page.showCounts && (
        <div className="tiles">
          <div className="tile">
            <strong>{minor}</strong>
            <span>{t('Minor')}</span>
          </div>
          <div className="tile" style={{ borderTopColor: PALETTE.warningStrong }}>
            <strong>{serious}</strong>
            <span>{t('Serious')}</span>
          </div>
          <div className="tile" style={{ borderTopColor: PALETTE.dangerStrong }}>
            <strong>{verySerious}</strong>
            <span>{t('Very serious')}</span>
          </div>
          <div className={`tile ${g.openDeadlines.some((d) => d.overdue) ? 'tile--alert' : ''}`}>
            <strong>{g.openDeadlines.length}</strong>
            <span>{t('Open reporting deadlines')}</span>
          </div>
        </div>
      )}
      {g.incidents.length === 0 ? (
        <EmptySlideMessage>
          {t('No incidents or concerns were recorded in {{period}}.', { period })}
        </EmptySlideMessage>
      ) : (
        <div className="incident-list">
          {page.incidents.map((i) => (
            <article key={i.id}>
              <h3>
                {i.title}{' '}
                <span className="muted">
                  · {day(i.date)} · {t(SEVERITY_LABELS[i.severity]).toLowerCase()} ·{' '}
                  {incidentStatus(i.status, t)}
                </span>
              </h3>
              <p>
                <strong>{t('What happened:')}</strong> {i.whatHappened}
              </p>
              <p>
                <strong>{t('What was done:')}</strong> {i.whatWasDone || '—'} <strong>{t('Lesson:')}</strong>{' '}
                {i.lesson || '—'}
              </p>
            </article>
          ))}
        </div>
      )}
      {page.showCounts && g.openDeadlines.length > 0 && (
        <p className="footnote">
          {g.openDeadlines.map((d) => (
            <span key={d.title + d.deadline} className={d.overdue ? 'text-danger' : ''}>
              {d.title}: {d.label}.{' '}
            </span>
          ))}
        </p>
      )}
    </ReportSlideFrame>
  );
}
