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
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  const own = obligations.filter((o) => o.duty === 'own');
  const checks = obligations.filter((o) => o.duty === 'providerCheck');
  return (
    <div className="ai-result">
      <div className="ai-result__tier">
        <TierBadge tier={tier} long />
        {result.role && (
          <span className="muted">
            {result.becomesProviderUnderArt25
              ? t('Role: {{role}} (provider under Art. 25)', { role: t(AI_ACT_ROLE_LABELS[result.role]) })
              : t('Role: {{role}}', { role: t(AI_ACT_ROLE_LABELS[result.role]) })}
          </span>
        )}
      </div>
      <h3>
        {tier === result.tier
          ? t('Why')
          : t('Why the wizard found {{tier}}', { tier: t(TIER_LABELS[result.tier]) })}
      </h3>
      <ul className="ai-reasons">
        {result.reasons.map((reason, i) => (
          <li key={`${reason.ruleId}-${i}`}>
            <span className="article">{reason.article}</span> {t(reason.text)}
          </li>
        ))}
      </ul>
      {result.fria && (
        <p>
          <strong>{t('Fundamental-rights impact assessment (Art. 27):')}</strong>{' '}
          {result.fria.required === undefined
            ? t('not decided')
            : result.fria.required
              ? t('required')
              : t('not required')}
          . {t(result.fria.why)}
        </p>
      )}
      <h3>{t('Obligations and when they apply')}</h3>
      {own.length === 0 ? (
        <p className="muted">{t('No obligations of your own.')}</p>
      ) : (
        <ObligationsTable
          label={t('Obligations')}
          obligations={own}
          obligationsMet={obligationsMet}
          onToggle={onToggleObligation}
        />
      )}
      {checks.length > 0 && (
        <>
          <h3>{t('Check that the provider does its part')}</h3>
          <p className="muted">
            {t(
              'These duties bind the provider. As deployer, check them; they are not your own duties and do not count as your gaps.',
            )}
          </p>
          <ObligationsTable
            label={t('Checks of provider duties')}
            obligations={checks}
            obligationsMet={obligationsMet}
            onToggle={onToggleObligation}
          />
        </>
      )}
      {result.gpai.buildsOnGpai && (
        <p>
          <strong>{t('General-purpose AI:')}</strong>{' '}
          {[
            result.gpai.model,
            result.gpai.provider && t('by {{provider}}', { provider: result.gpai.provider }),
          ]
            .filter(Boolean)
            .join(' ')}
          . {t(result.gpai.note)}
        </p>
      )}
      <p className="field__hint">
        {t(EU_AI_ACT_RULE_PACK.disclaimer)}{' '}
        {t('Rule pack {{pack}} version {{version}}, dates as of {{date}}.', {
          pack: result.rulePackId,
          version: result.rulePackVersion,
          date: formatDay(result.asOf),
        })}
      </p>
    </div>
  );
}
