import { AI_ACT_ROLE_LABELS, type AiActObligationStatus } from '../../../domain/governance';
import { TIER_LABELS } from '../TierBadge';
import { SourceLink } from '../SourceLink';
import { formatDay } from '../../../domain/shared/dates';

/**
 * One list of duties with whom each binds, for which tier and from when, and its source. Own duties
 * in force and not ticked are red ("In force, not met"); provider checks are tasks, never red.
 */
export function ObligationsTable(props: {
  label: string;
  obligations: AiActObligationStatus[];
  obligationsMet?: readonly string[];
  onToggle?: (id: string, met: boolean) => void;
}) {
  const { label, obligations, obligationsMet, onToggle } = props;
  const checklist = obligationsMet !== undefined && onToggle !== undefined;
  return (
    <table className="table table--compact ai-obligations" aria-label={label}>
      <thead>
        <tr>
          {checklist && <th scope="col">{obligations[0]?.duty === 'providerCheck' ? 'Checked' : 'Met'}</th>}
          <th scope="col">{obligations[0]?.duty === 'providerCheck' ? 'Check' : 'Obligation'}</th>
          <th scope="col">Binds</th>
          <th scope="col">Article</th>
          <th scope="col" className="nowrap">
            Applies from
          </th>
        </tr>
      </thead>
      <tbody>
        {obligations.map((o) => {
          const met = obligationsMet?.includes(o.id) ?? false;
          const overdue = checklist && o.duty === 'own' && o.inForce && !met;
          const status = o.inForce
            ? checklist && !met
              ? o.duty === 'own'
                ? 'In force, not met'
                : 'In force, not checked yet'
              : 'In force'
            : 'Not yet in force';
          return (
            <tr key={o.id} className={overdue ? 'ai-obligations__row--overdue' : undefined}>
              {checklist && (
                <td>
                  <input
                    type="checkbox"
                    checked={met}
                    aria-label={`${o.duty === 'own' ? 'Mark as met' : 'Mark as checked'}: ${o.title}`}
                    onChange={(e) => onToggle(o.id, e.target.checked)}
                  />
                </td>
              )}
              <td>
                <strong>{o.title}</strong>
                <span className="field__hint">{o.description}</span>
                {o.note && <span className="field__hint ai-obligations__note">Note: {o.note}</span>}
              </td>
              <td className="nowrap">
                {o.binds.map((role) => AI_ACT_ROLE_LABELS[role]).join(', ')}
                <span className="field__hint">{o.tiers.map((tier) => TIER_LABELS[tier]).join(', ')}</span>
              </td>
              <td className="nowrap">
                <SourceLink href={o.url}>{o.article}</SourceLink>
              </td>
              <td className="nowrap">
                {formatDay(o.appliesFrom)}
                <span className={`field__hint ${overdue ? 'text-danger' : ''}`}>{status}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
