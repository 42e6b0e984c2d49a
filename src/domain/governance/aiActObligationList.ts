import { anyYes, type AiActAnswers } from './aiActAnswers';
import type { AiActAddressee, AiActRole, AiActRulePack, AiActTier, ObligationRule } from './aiActTypes';
import { applicationDate } from './euAiActRulePack';

export type HighRiskRoute = 'annexI' | 'annexIII';

/** One duty on the list of a classified system. */
export interface AiActObligationStatus {
  id: string;
  title: string;
  description: string;
  article: string;
  /** YYYY-MM-DD */
  appliesFrom: string;
  /** `asOf >= appliesFrom`. */
  inForce: boolean;
  /**
   * `own`: the organisation's own duty (unmet and in force = a gap). `providerCheck`: a deployer's
   * check that the provider meets a provider duty; never a gap of the deployer.
   */
  duty: 'own' | 'providerCheck';
  /** Whom the underlying rule binds. */
  binds: readonly AiActAddressee[];
  /** The tiers the rule applies to. */
  tiers: readonly AiActTier[];
  url: string;
  note?: string;
}

export interface ObligationFacts {
  tier: AiActTier;
  role: AiActRole | undefined;
  relevant: AiActAnswers;
  friaRequired: boolean;
  exceptionHolds: boolean;
  highRiskRoutes: readonly HighRiskRoute[];
}

function triggerHolds(rule: ObligationRule, facts: ObligationFacts): boolean {
  const trigger = rule.trigger;
  if (trigger === 'always') return true;
  if (trigger === 'friaRequired') return facts.friaRequired;
  if (trigger === 'exceptionHolds') return facts.exceptionHolds;
  return anyYes(facts.relevant, trigger.anyYes);
}

/** High-risk obligations apply from the date of the route: Annex III (earlier) wins when both apply. */
export function highRiskDate(routes: readonly HighRiskRoute[], pack: AiActRulePack): string {
  return applicationDate(
    routes.includes('annexI') && !routes.includes('annexIII') ? 'highRiskAnnexI' : 'highRiskAnnexIII',
    pack,
  );
}

/**
 * The duties of a tier for a role. A provider or deployer gets the rules that bind it; a deployer
 * also gets, apart, the checks of provider duties that have one. `both` (or an unknown role) gets
 * every rule as its own.
 */
export function listObligations(
  pack: AiActRulePack,
  facts: ObligationFacts,
  asOf: string,
): AiActObligationStatus[] {
  const list: AiActObligationStatus[] = [];
  for (const rule of pack.obligations) {
    if (!rule.tiers.includes(facts.tier) || !triggerHolds(rule, facts)) continue;
    const single = facts.role === 'provider' || facts.role === 'deployer' ? facts.role : null;
    const own = single === null || rule.roles.includes(single);
    const check = !own && single === 'deployer' ? rule.deployerCheck : undefined;
    if (!own && !check) continue;
    const appliesFrom =
      rule.appliesFrom === 'highRiskRoute'
        ? highRiskDate(facts.highRiskRoutes, pack)
        : applicationDate(rule.appliesFrom, pack);
    list.push({
      id: check?.id ?? rule.id,
      title: check?.title ?? rule.title,
      description: check?.description ?? rule.description,
      article: rule.article,
      appliesFrom,
      inForce: asOf >= appliesFrom,
      duty: check ? 'providerCheck' : 'own',
      binds: rule.roles,
      tiers: rule.tiers,
      url: rule.url,
      ...(rule.note ? { note: rule.note } : {}),
    });
  }
  return list;
}

/** Own duties in force and not ticked as met: what counts as a gap. */
export function openOwnDuties(
  obligations: readonly AiActObligationStatus[],
  met: readonly string[],
): AiActObligationStatus[] {
  return obligations.filter((o) => o.duty === 'own' && o.inForce && !met.includes(o.id));
}
