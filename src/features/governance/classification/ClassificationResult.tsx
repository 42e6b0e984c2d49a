import { AI_ACT_ROLE_LABELS, EU_AI_ACT_RULE_PACK, formatDate, type AiActClassification, type AiActObligationStatus, type AiActTier } from '../../../domain/governance';
import { TIER_LABELS, TierBadge } from '../TierBadge';

/**
 * The result of a classification: the tier, every reason with its article, and the obligations
 * with the date each applies from. With `obligationsMet`, the obligations are a checklist.
 */
export function ClassificationResult(props: {
  result: AiActClassification;
  tier: AiActTier;
  obligations: AiActObligationStatus[];
  obligationsMet?: readonly string[];
  onToggleObligation?: (id: string, met: boolean) => void;
}) {
  const { result, tier, obligations, obligationsMet, onToggleObligation } = props;
  const checklist = obligationsMet !== undefined && onToggleObligation !== undefined;
  return (
    <div className="ai-result">
      <div className="ai-result__tier">
        <TierBadge tier={tier} long />
        {result.role && <span className="muted">Role: {AI_ACT_ROLE_LABELS[result.role]}{result.becomesProviderUnderArt25 ? ' (provider under Art. 25)' : ''}</span>}
      </div>
      <h3>{tier === result.tier ? 'Why' : `Why the wizard found ${TIER_LABELS[result.tier]}`}</h3>
      <ul className="ai-reasons">
        {result.reasons.map((reason, i) => (
          <li key={`${reason.ruleId}-${i}`}>
            <span className="article">{reason.article}</span> {reason.text}
          </li>
        ))}
      </ul>
      {result.fria && (
        <p>
          <strong>Fundamental-rights impact assessment (Art. 27):</strong> {result.fria.required === undefined ? 'not decided' : result.fria.required ? 'required' : 'not required'}. {result.fria.why}
        </p>
      )}
      <h3>Obligations and when they apply</h3>
      {obligations.length === 0 ? (
        <p className="muted">No obligations.</p>
      ) : (
        <table className="table table--compact ai-obligations" aria-label="Obligations">
          <thead>
            <tr>
              {checklist && <th scope="col">Met</th>}
              <th scope="col">Obligation</th>
              <th scope="col">Article</th>
              <th scope="col" className="gov-nowrap">Applies from</th>
            </tr>
          </thead>
          <tbody>
            {obligations.map((o) => {
              const met = obligationsMet?.includes(o.id) ?? false;
              const overdue = checklist && o.inForce && !met;
              return (
                <tr key={o.id} className={overdue ? 'ai-obligations__row--overdue' : undefined}>
                  {checklist && (
                    <td>
                      <input type="checkbox" checked={met} aria-label={`Mark as met: ${o.title}`} onChange={(e) => onToggleObligation(o.id, e.target.checked)} />
                    </td>
                  )}
                  <td>
                    <strong>{o.title}</strong>
                    <span className="field__hint">{o.description}</span>
                  </td>
                  <td className="gov-nowrap">{o.article}</td>
                  <td className="gov-nowrap">
                    {formatDate(o.appliesFrom)}
                    <span className={`field__hint ${overdue ? 'text-danger' : ''}`}>{o.inForce ? (checklist && !met ? 'In force, not met' : 'In force') : 'Not yet in force'}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {result.gpai.buildsOnGpai && (
        <p>
          <strong>General-purpose AI:</strong> {[result.gpai.model, result.gpai.provider && `by ${result.gpai.provider}`].filter(Boolean).join(' ')}. {result.gpai.note}
        </p>
      )}
      <p className="field__hint">
        {EU_AI_ACT_RULE_PACK.disclaimer} Rule pack {result.rulePackId} version {result.rulePackVersion}, dates as of {formatDate(result.asOf)}.
      </p>
    </div>
  );
}
