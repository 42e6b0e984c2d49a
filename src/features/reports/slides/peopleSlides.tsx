import { format, parseISO } from 'date-fns';
import { RISK_TIER_LABELS } from '../../../domain/portfolio';
import { tierOverrideText, type ReportPage } from '../../../domain/reports';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';

export function VendorsSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'vendors' }> }) {
  const { page, model } = props;
  const concentration = model.vendors.concentration.filter((c) => c.count > 1);
  return (
    <ReportSlideFrame {...props} title={page.title}>
      {page.rows.length === 0 ? (
        <EmptySlideMessage>
          No vendors are in use or under evaluation for {model.client.name}.
        </EmptySlideMessage>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th></th>
              <th>Vendor</th>
              <th>Detail</th>
              <th>Status</th>
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
          Concentration: {concentration.map((c) => `${c.count} use cases depend on ${c.provider}`).join('; ')}
          .
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
  return (
    <ReportSlideFrame {...props} title={page.title}>
      {page.showSummary && (
        <div className="tiles">
          <div className={`tile ${g.systemsWithoutAccountable.length ? 'tile--alert' : ''}`}>
            <strong>{g.systemsWithoutAccountable.length}</strong>
            <span>AI systems without an accountable person</span>
          </div>
          <div className="tile">
            <strong>{g.decisionRightsDefined}</strong>
            <span>Decision rights defined</span>
          </div>
          <div className="tile">
            <strong>{open.length}</strong>
            <span>Open actions</span>
          </div>
          <div className={`tile ${overdue.length ? 'tile--alert' : ''}`}>
            <strong>{overdue.length}</strong>
            <span>Overdue actions</span>
          </div>
          <div className="tile">
            <strong>
              {model.engagement.hoursUsed}
              {model.engagement.hoursAgreed !== null ? ` / ${model.engagement.hoursAgreed}` : ''} h
            </strong>
            <span>CAIO hours used / agreed</span>
          </div>
        </div>
      )}
      {page.actions.length === 0 ? (
        <EmptySlideMessage>No governance actions are open.</EmptySlideMessage>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th>Action</th>
              <th>Owner</th>
              <th>Due</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {page.actions.map((a, i) => (
              <tr key={i} className={a.overdue ? 'row--alert' : ''}>
                <td>{a.title}</td>
                <td>{a.owner || '—'}</td>
                <td>{a.due ? format(parseISO(a.due), 'd MMM yyyy') : '—'}</td>
                <td>{a.overdue ? 'Overdue' : a.status}</td>
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
  return (
    <ReportSlideFrame {...props} title={page.title}>
      {page.systems.length === 0 ? (
        <EmptySlideMessage>The AI system inventory is empty.</EmptySlideMessage>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th>AI system</th>
              <th>Vendor</th>
              <th>Status</th>
              <th>EU AI Act tier</th>
              <th>Accountable</th>
              <th>Human oversight</th>
            </tr>
          </thead>
          <tbody>
            {page.systems.map((s) => (
              <tr key={s.id}>
                <td>
                  <strong>{s.name}</strong>
                </td>
                <td>{s.vendor || '—'}</td>
                <td>{s.status}</td>
                <td>
                  {RISK_TIER_LABELS[s.tier]}
                  {s.tierOverride && <div className="slide-table__note">{tierOverrideText(s)}</div>}
                </td>
                <td>{s.accountable || '—'}</td>
                <td>{s.oversight || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSlideFrame>
  );
}
