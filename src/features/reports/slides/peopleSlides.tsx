import { RISK_TIER_LABELS } from '../../../domain/portfolio';
import { tierOverrideText, type ReportPage } from '../../../domain/reports';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';
import { reportLanguage } from '../reportLanguage';

export function VendorsSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'vendors' }> }) {
  const { page, model } = props;
  const concentration = model.vendors.concentration.filter((c) => c.count > 1);
  const { t } = reportLanguage(model);
  return (
    <ReportSlideFrame {...props} title={page.title}>
      {page.rows.length === 0 ? (
        <EmptySlideMessage>
          {t('No vendors are in use or under evaluation for {{client}}.', { client: model.client.name })}
        </EmptySlideMessage>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th></th>
              <th>{t('Vendor')}</th>
              <th>{t('Detail')}</th>
              <th>{t('Status')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r, i) => (
              <tr key={i}>
                <td className="muted">{r.group}</td>
                <td>
                  <strong>{r.name}</strong>
                </td>
                <td>{r.detail}</td>
                <td>{r.extra}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.part === 1 && concentration.length > 0 && (
        <p className="footnote">
          {t('Concentration: {{list}}.', {
            list: concentration
              .map((c) =>
                t('{{count}} use cases depend on {{provider}}', { count: c.count, provider: c.provider }),
              )
              .join('; '),
          })}
        </p>
      )}
    </ReportSlideFrame>
  );
}

export function GovernanceSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'governance' }> }) {
  const { page, model } = props;
  const g = model.governance;
  const open = g.actions.filter((a) => a.status !== 'done');
  const overdue = open.filter((a) => a.overdue);
  const { t, day } = reportLanguage(model);
  return (
    <ReportSlideFrame {...props} title={page.title}>
      {page.showSummary && (
        <div className="tiles">
          <div className={`tile ${g.systemsWithoutAccountable.length ? 'tile--alert' : ''}`}>
            <strong>{g.systemsWithoutAccountable.length}</strong>
            <span>{t('AI systems without an accountable person')}</span>
          </div>
          <div className="tile">
            <strong>{g.decisionRightsDefined}</strong>
            <span>{t('Decision rights defined')}</span>
          </div>
          <div className="tile">
            <strong>{open.length}</strong>
            <span>{t('Open actions')}</span>
          </div>
          <div className={`tile ${overdue.length ? 'tile--alert' : ''}`}>
            <strong>{overdue.length}</strong>
            <span>{t('Overdue actions')}</span>
          </div>
          <div className="tile">
            <strong>
              {model.engagement.hoursUsed}
              {model.engagement.hoursAgreed !== null ? ` / ${model.engagement.hoursAgreed}` : ''} {t('h')}
            </strong>
            <span>{t('CAIO hours used / agreed')}</span>
          </div>
        </div>
      )}
      {page.actions.length === 0 ? (
        <EmptySlideMessage>{t('No governance actions are open.')}</EmptySlideMessage>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th>{t('Action')}</th>
              <th>{t('Owner')}</th>
              <th>{t('Due')}</th>
              <th>{t('Status')}</th>
            </tr>
          </thead>
          <tbody>
            {page.actions.map((a, i) => (
              <tr key={i} className={a.overdue ? 'row--alert' : ''}>
                <td>{a.title}</td>
                <td>{a.owner || '—'}</td>
                <td>{day(a.due)}</td>
                <td>{t(a.overdue ? 'Overdue' : a.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSlideFrame>
  );
}

export function InventorySlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'inventory' }> }) {
  const { page } = props;
  const { t } = reportLanguage(props.model);
  return (
    <ReportSlideFrame {...props} title={page.title}>
      {page.systems.length === 0 ? (
        <EmptySlideMessage>{t('The AI system inventory is empty.')}</EmptySlideMessage>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th>{t('AI system')}</th>
              <th>{t('Vendor')}</th>
              <th>{t('Status')}</th>
              <th>{t('EU AI Act tier')}</th>
              <th>{t('Accountable')}</th>
              <th>{t('Human oversight')}</th>
            </tr>
          </thead>
          <tbody>
            {page.systems.map((s) => (
              <tr key={s.id}>
                <td>
                  <strong>{s.name}</strong>
                </td>
                <td>{s.vendor || '—'}</td>
                <td>{t(s.status)}</td>
                <td>
                  {t(RISK_TIER_LABELS[s.tier])}
                  {s.tierOverride && <div className="slide-table__note">{tierOverrideText(s, t)}</div>}
                </td>
                <td>{s.accountable || '—'}</td>
                <td>{s.oversight ? t(s.oversight) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSlideFrame>
  );
}
