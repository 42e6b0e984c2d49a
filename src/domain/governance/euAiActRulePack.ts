import type { AiActRulePack, ApplicationDateId, IncidentClockRule } from './aiActTypes';
import { EU_AI_ACT_QUESTIONS } from './euAiActQuestions';
import { EU_AI_ACT_APPLICATION_DATES, EU_AI_ACT_OBLIGATIONS } from './euAiActObligations';
import { EUR_LEX, withSource } from './euAiActSources';
import { EU_AI_ACT_CHANGE_LOG } from './euAiActChangeLog';

/**
 * The EU AI Act rule pack: every question, date, obligation, penalty and reporting clock the app
 * uses, as versioned data. A classification stores `rulePackId` + `rulePackVersion`, so a record
 * classified with an older pack can be re-run against a newer one to show what changed.
 * Facts come from secondary sources (see `/work/shared/product/eu-ai-act.md`); each rule names its
 * article so the user can check it.
 */
export const EU_AI_ACT_RULE_PACK: AiActRulePack = {
  id: 'eu-ai-act',
  version: EU_AI_ACT_CHANGE_LOG[0].version,
  effectiveDate: EU_AI_ACT_CHANGE_LOG[0].date,
  changeLog: EU_AI_ACT_CHANGE_LOG,
  disclaimer: 'Decision support based on the article references shown, not legal advice.',
  sources: [
    {
      id: 'reg-2024-1689',
      title: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)',
      url: EUR_LEX.aiAct,
    },
    {
      id: 'reg-2026-1744',
      title: 'Regulation (EU) 2026/1744 (Digital Omnibus on AI), amending Regulation (EU) 2024/1689',
      url: EUR_LEX.omnibus,
    },
    {
      id: 'reg-2016-679',
      title:
        'Regulation (EU) 2016/679 (GDPR), Art. 4(4) profiling, Art. 33-34 breach notification and communication, Art. 35 DPIA',
      url: EUR_LEX.gdpr,
    },
    {
      id: 'wp248',
      title: 'Article 29 Working Party / EDPB, Guidelines on DPIA (WP248 rev.01)',
      url: 'https://ec.europa.eu/newsroom/article29/items/611236',
    },
  ],
  questions: EU_AI_ACT_QUESTIONS,
  applicationDates: EU_AI_ACT_APPLICATION_DATES,
  obligations: EU_AI_ACT_OBLIGATIONS,
  penalties: [
    {
      id: 'prohibitedPractices',
      appliesTo: 'Prohibited practices (Art. 5)',
      maxAmountEur: 35_000_000,
      maxTurnoverPercent: 7,
      article: 'Art. 99(3)',
    },
    {
      id: 'otherObligations',
      appliesTo: 'Most other obligations (high-risk, deployer, transparency duties)',
      maxAmountEur: 15_000_000,
      maxTurnoverPercent: 3,
      article: 'Art. 99(4)',
    },
    {
      id: 'incorrectInformation',
      appliesTo: 'Incorrect, incomplete or misleading information to authorities',
      maxAmountEur: 7_500_000,
      maxTurnoverPercent: 1,
      article: 'Art. 99(5)',
    },
  ],
  smePenaltyRule: {
    article: 'Art. 99(6)',
    text: 'For SMEs, including start-ups, each fine is capped at the lower of the fixed amount and the turnover percentage; for other organisations at the higher.',
  },
  incidentClocks: [
    {
      kind: 'aiActDeath',
      title: 'Serious incident: death of a person',
      reportTo: 'Market-surveillance authority (a deployer informs the provider first)',
      binds:
        'The provider of the high-risk AI system (Art. 73(1)); a deployer informs the provider first, immediately (Art. 26(5)), and the clock binds it when the provider cannot be reached',
      scope:
        'High-risk AI systems only, once the high-risk regime applies to the system: Annex III from 2 Dec 2027, Annex I from 2 Aug 2028',
      article: 'Art. 73(4)',
      amount: 10,
      unit: 'days',
    },
    {
      kind: 'aiActWidespread',
      title: 'Serious incident: widespread infringement or serious critical-infrastructure disruption',
      reportTo: 'Market-surveillance authority (a deployer informs the provider first)',
      binds:
        'The provider of the high-risk AI system (Art. 73(1)); a deployer informs the provider first, immediately (Art. 26(5)), and the clock binds it when the provider cannot be reached',
      scope:
        'High-risk AI systems only, once the high-risk regime applies to the system: Annex III from 2 Dec 2027, Annex I from 2 Aug 2028',
      article: 'Art. 73(3)',
      amount: 2,
      unit: 'days',
    },
    {
      kind: 'aiActOther',
      title: 'Serious incident',
      reportTo: 'Market-surveillance authority (a deployer informs the provider first)',
      binds:
        'The provider of the high-risk AI system (Art. 73(1)); a deployer informs the provider first, immediately (Art. 26(5)), and the clock binds it when the provider cannot be reached',
      scope:
        'High-risk AI systems only, once the high-risk regime applies to the system: Annex III from 2 Dec 2027, Annex I from 2 Aug 2028',
      article: 'Art. 73(2)',
      amount: 15,
      unit: 'days',
    },
    {
      kind: 'gdprBreach',
      title: 'Personal-data breach',
      reportTo: 'Data-protection authority',
      binds: 'The controller (a processor tells the controller without undue delay, GDPR Art. 33(2))',
      scope:
        'Every personal-data breach, whatever the AI Act tier, unless it is unlikely to result in a risk to people (Art. 33(5): documented, not notified); in force since 25 May 2018',
      article: 'GDPR Art. 33(1)',
      amount: 72,
      unit: 'hours',
    },
  ].map((clock) => withSource(clock as Omit<IncidentClockRule, 'url'>)),
  gpaiNote:
    "General-purpose AI model obligations (Art. 53-55) fall on the model provider, not on an organisation that only uses or builds on the model. Record which model and provider are used, and ask the vendor for the model provider's documentation.",
};

/** The YYYY-MM-DD date for an application-date id of a pack. */
export function applicationDate(id: ApplicationDateId, pack: AiActRulePack = EU_AI_ACT_RULE_PACK): string {
  const found = pack.applicationDates.find((d) => d.id === id);
  if (!found) throw new Error(`Rule pack ${pack.id}@${pack.version} has no application date "${id}"`);
  return found.date;
}
