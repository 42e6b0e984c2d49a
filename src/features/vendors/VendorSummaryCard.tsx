import { Link } from 'react-router';
import { evaluationSummaryForReport } from '../../domain/vendors';
import { useEvaluationsWithProfiles } from './shared/hooks';
import { formatDay } from '../../domain/shared/dates';
import './vendors.css';

/** Client overview card: vendors chosen, evaluations running, DPAs not signed (this client only). */
export function VendorSummaryCard({ clientId }: { clientId: string }) {
  const data = useEvaluationsWithProfiles(clientId);
  if (!data) return null;
  const { evaluations, profiles } = data;
  const summary = evaluationSummaryForReport(evaluations, profiles, { clientId });
  return (
    <section className="card" aria-labelledby="ov-vendors">
      <h2 id="ov-vendors">Vendors</h2>
      {summary.counts.evaluations === 0 ? (
        <p className="muted">No vendor evaluations yet.</p>
      ) : (
        <>
          <dl className="facts">
            <dt>In use</dt>
            <dd>
              {summary.vendorsInUse.length
                ? summary.vendorsInUse.map((v) => `${v.vendorName} (${v.useCaseName})`).join(', ')
                : 'None selected yet'}
            </dd>
            <dt>Under evaluation</dt>
            <dd>
              {summary.underEvaluation.length
                ? summary.underEvaluation.map((e) => e.title).join(', ')
                : 'None'}
            </dd>
            <dt>Last decision</dt>
            <dd>
              {summary.decisions[0]
                ? `${summary.decisions[0].vendorName}, ${formatDay(summary.decisions[0].date)}`
                : '—'}
            </dd>
          </dl>
          {summary.dpa.notSigned.length > 0 && (
            <p className="text-danger small vendor-card__note">
              DPA not signed: {summary.dpa.notSigned.map((v) => v.vendorName).join(', ')}
            </p>
          )}
          {summary.concentration
            .filter((c) => c.concentrated)
            .map((c) => (
              <p key={c.provider} className="small vendor-card__note">
                {c.useCaseCount} use cases depend on {c.provider}.
              </p>
            ))}
        </>
      )}
      <Link to="vendors">Open vendor evaluations</Link>
    </section>
  );
}
