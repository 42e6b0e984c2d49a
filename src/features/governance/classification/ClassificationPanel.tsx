import { Scale } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { removeSystemTierOverride, setObligationMet } from '../../../db/governance/classification';
import { db } from '../../../db/core/schema';
import {
  EU_AI_ACT_RULE_PACK,
  missingAnswers,
  overrideFloor,
  relevantAnswers,
  viewClassification,
  type AiSystem,
} from '../../../domain/governance';
import type { Client } from '../../../domain/clients/client';
import { trackSave } from '../../../state/saveStatus';
import { useShownValue } from '../fields/useFieldSave';
import { recordPath } from '../registers/registerUi';
import { TIER_LABELS, TierBadge } from '../TierBadge';
import { ClassificationResult } from './ClassificationResult';
import { OverrideDialog } from './OverrideDialog';
import { formatDay, formatDayTime, todayIso } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';

/** The EU AI Act classification of an AI system: result, reasons, obligations checklist, override. */
export function ClassificationPanel({ system, client }: { system: AiSystem; client: Client }) {
  const t = useT();
  const [overriding, setOverriding] = useState(false);
  const [met, setMet] = useShownValue(system.obligationsMet);
  const wizardPath = `${recordPath(client.id, 'aiSystems', system.id)}/classify`;
  const stored = system.classification;

  if (!stored) {
    const answered = Object.keys(system.classificationDraft).length;
    const open = missingAnswers(system.classificationDraft).length;
    return (
      <section className="card ai-panel" aria-labelledby="ai-act-title">
        <h2 id="ai-act-title">{t('EU AI Act classification')}</h2>
        <p>
          <TierBadge tier="unclassified" long />{' '}
          {answered > 0
            ? t('Classification in progress: {{count}} questions still open.', { count: open })
            : t('Answer the questions of the wizard to find the tier and the obligations that follow.')}
        </p>
        <div>
          <Link className="button button--primary" to={wizardPath}>
            <Scale size={16} aria-hidden />{' '}
            {answered > 0 ? t('Continue the classification') : t('Classify with the EU AI Act wizard')}
          </Link>
        </div>
      </section>
    );
  }

  const today = todayIso();
  const view = viewClassification(stored, today);
  const toggle = (id: string, done: boolean) => {
    setMet(done ? [...met, id] : met.filter((m) => m !== id));
    trackSave(setObligationMet(db, system.id, id, done)).catch(() => setMet(system.obligationsMet));
  };
  return (
    <section className="card ai-panel" aria-labelledby="ai-act-title">
      <div className="gov-card-head">
        <h2 id="ai-act-title">{t('EU AI Act classification')}</h2>
        <div className="button-row">
          <Link className="button" to={wizardPath}>
            {t('Run the wizard again')}
          </Link>
          {view.override ? (
            <button
              type="button"
              className="button"
              onClick={() => void trackSave(removeSystemTierOverride(db, system.id))}
            >
              {t('Remove override')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setOverriding(true)}>
              {t('Override the tier…')}
            </button>
          )}
        </div>
      </div>
      <p className="muted">
        {t('Classified on {{date}} with rule pack {{pack}} version {{version}}.', {
          date: formatDay(stored.classifiedOn),
          pack: stored.rulePackId,
          version: stored.rulePackVersion,
        })}
      </p>
      {view.classifiedWithOtherPack && (
        <div className="gov-alert gov-alert--warning" role="status" aria-label={t('Rule pack changed')}>
          <p>
            {t(
              'Classified with version {{version}}; the current rule pack is version {{current}}. The result below re-reads your answers with it. Run the wizard again to confirm. What changed since:',
              { version: stored.rulePackVersion, current: EU_AI_ACT_RULE_PACK.version },
            )}
          </p>
          <ul>
            {EU_AI_ACT_RULE_PACK.changeLog
              .filter((entry) => entry.version > stored.rulePackVersion)
              .flatMap((entry) =>
                entry.changes.map((change) => (
                  <li key={`${entry.version}-${change}`}>
                    {entry.version}: {t(change)}
                  </li>
                )),
              )}
          </ul>
        </div>
      )}
      {view.override && (
        <div className="ai-override" role="note" aria-label={t('Override')}>
          <p>
            <strong>{t('Overridden to {{tier}}', { tier: t(TIER_LABELS[view.override.tier]) })}</strong>{' '}
            {view.override.decidedBy
              ? t('by {{person}} on {{date}}.', {
                  person: view.override.decidedBy,
                  date: formatDayTime(view.override.at),
                })
              : t('on {{date}}.', { date: formatDayTime(view.override.at) })}
          </p>
          <p>{t('Justification: {{text}}', { text: view.override.justification })}</p>
          {view.override.acknowledgedArticle && (
            <p>
              {t(
                "Acknowledged: {{article}} excludes this tier; overridden on the decider's responsibility.",
                { article: view.override.acknowledgedArticle },
              )}
            </p>
          )}
          <p>
            {t('Original result of the wizard:')} <TierBadge tier={stored.tier} long />{' '}
            {t('(reasons below).')}
          </p>
        </div>
      )}
      <ClassificationResult
        result={view.result}
        tier={view.effectiveTier}
        obligations={view.obligations}
        obligationsMet={met}
        onToggleObligation={toggle}
      />
      <OverrideDialog
        systemId={system.id}
        computedTier={stored.tier}
        floor={overrideFloor(view.result, relevantAnswers(stored.answers))}
        open={overriding}
        onOpenChange={setOverriding}
      />
    </section>
  );
}
