import { Link } from 'react-router';
import { vendorChoiceForUseCase, EVALUATION_STATUS_LABELS } from '../../domain/vendors';
import { useEvaluationsWithProfiles } from './shared/hooks';
import { formatDay } from '../../domain/shared/dates';

/**
 * For a use-case or pilot screen: which vendor was chosen for this use case and why, with links to the
 * evaluations. Reads only the given client's evaluations of that use case and the library profiles they name.
 */
export function UseCaseVendorChoice({ clientId, useCaseId }: { clientId: string; useCaseId: string }) {
  const data = useEvaluationsWithProfiles(clientId, useCaseId);
  if (!data) return null;
  const { evaluations, profiles } = data;
  const choice = vendorChoiceForUseCase(evaluations, useCaseId, profiles);
  return (
    <section className="card" aria-labelledby={`uc-vendor-${useCaseId}`}>
      <h2 id={`uc-vendor-${useCaseId}`}>Vendor</h2>
      {choice.chosen.length > 0 ? (
        choice.chosen.map((c) => (
          <div key={`${c.evaluationId}-${c.vendorId}`} className="stack stack--tight">
            <p>
              <strong>{c.vendorName}</strong> selected on {formatDay(c.date)}
              {!c.final && ' (evaluation not closed yet)'}
            </p>
            <p className="muted">{c.rationale}</p>
          </div>
        ))
      ) : (
        <p className="muted">No vendor selected yet.</p>
      )}
      {choice.evaluations.length > 0 ? (
        <ul className="plain-list">
          {choice.evaluations.map((e) => (
            <li key={e.evaluationId}>
              <Link to={`/clients/${clientId}/vendors/${e.evaluationId}`}>{e.title}</Link>{' '}
              <span className="muted small">
                · {EVALUATION_STATUS_LABELS[e.status]} · {e.vendorCount} vendors
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Link to={`/clients/${clientId}/vendors`}>Start a vendor evaluation</Link>
      )}
    </section>
  );
}
