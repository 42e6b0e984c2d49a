import {
  AI_ACT_ROLE_LABELS,
  EU_AI_ACT_RULE_PACK,
  type AiActClassification,
  type AiActObligationStatus,
  type AiActTier,
} from '../../../domain/governance';
import { ObligationsTable } from './ObligationsTable';
import { TIER_LABELS, TierBadge } from '../TierBadge';
import { formatDay } from '../../../domain/shared/dates';

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
  const own = obligations.filter((o) => o.duty === 'own');
  const checks = obligations.filter((o) => o.duty === 'providerCheck');
  return (
    <div className="ai-result">
      <div className="ai-result__tier">
        <TierBadge tier={tier} long />
        {result.role && (
          <span className="muted">
            Role: {AI_ACT_ROLE_LABELS[result.role]}
            {result.becomesProviderUnderArt25 ? ' (provider under Art. 25)' : ''}
          </span>
        )}
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
          <strong>Fundamental-rights impact assessment (Art. 27):</strong>{' '}
          {result.fria.required === undefined
            ? 'not decided'
            : result.fria.required
              ? 'required'
              : 'not required'}
          . {result.fria.why}
        </p>
      )}
      <h3>Obligations and when they apply</h3>
      {own.length === 0 ? (
        <p className="muted">No obligations of your own.</p>
      ) : (
        <ObligationsTable
          label="Obligations"
          obligations={own}
          obligationsMet={obligationsMet}
          onToggle={onToggleObligation}
        />
      )}
      {checks.length > 0 && (
        <>
          <h3>Check that the provider does its part</h3>
          <p className="muted">
            These duties bind the provider. As deployer, check them; they are not your own duties and do not
            count as your gaps.
          </p>
          <ObligationsTable
            label="Checks of provider duties"
            obligations={checks}
            obligationsMet={obligationsMet}
            onToggle={onToggleObligation}
          />
        </>
      )}
      {result.gpai.buildsOnGpai && (
        <p>
          <strong>General-purpose AI:</strong>{' '}
          {[result.gpai.model, result.gpai.provider && `by ${result.gpai.provider}`]
            .filter(Boolean)
            .join(' ')}
          . {result.gpai.note}
        </p>
      )}
      <p className="field__hint">
        {EU_AI_ACT_RULE_PACK.disclaimer} Rule pack {result.rulePackId} version {result.rulePackVersion}, dates
        as of {formatDay(result.asOf)}.
      </p>
    </div>
  );
}
