import type { AiActRulePack, ApplicationDateId } from './aiActTypes';
import { EU_AI_ACT_QUESTIONS } from './euAiActQuestions';
import { EU_AI_ACT_APPLICATION_DATES, EU_AI_ACT_OBLIGATIONS } from './euAiActObligations';

/**
 * The EU AI Act rule pack: every question, date, obligation, penalty and reporting clock the app
 * uses, as versioned data. A classification stores `rulePackId` + `rulePackVersion`, so a record
 * classified with an older pack can be re-run against a newer one to show what changed.
 * Facts come from secondary sources (see `/work/shared/product/eu-ai-act.md`); each rule names its
 * article so the user can check it.
 */
export const EU_AI_ACT_RULE_PACK: AiActRulePack = {
  id: 'eu-ai-act',
  version: '2026.11',
  effectiveDate: '2026-11-26',
  disclaimer: 'Decision support based on the article references shown, not legal advice.',
  sources: [
    {
      id: 'reg-2024-1689',
      title: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    },
    {
      id: 'reg-2026-1744',
      title: 'Regulation (EU) 2026/1744 (Digital Omnibus on AI), amending Regulation (EU) 2024/1689',
      url: 'https://eur-lex.europa.eu/eli/reg/2026/1744/oj',
    },
    {
      id: 'reg-2016-679',
      title: 'Regulation (EU) 2016/679 (GDPR), Art. 4(4) profiling, Art. 33 breach notification, Art. 35 DPIA',
      url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
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
      article: 'Art. 73(4)',
      amount: 10,
      unit: 'days',
    },
    {
      kind: 'aiActWidespread',
      title: 'Serious incident: widespread infringement or serious critical-infrastructure disruption',
      reportTo: 'Market-surveillance authority (a deployer informs the provider first)',
      article: 'Art. 73(3)',
      amount: 2,
      unit: 'days',
    },
    {
      kind: 'aiActOther',
      title: 'Serious incident',
      reportTo: 'Market-surveillance authority (a deployer informs the provider first)',
      article: 'Art. 73(2)',
      amount: 15,
      unit: 'days',
    },
    {
      kind: 'gdprBreach',
      title: 'Personal-data breach',
      reportTo: 'Data-protection authority',
      article: 'GDPR Art. 33(1)',
      amount: 72,
      unit: 'hours',
    },
  ],
  gpaiNote:
    'General-purpose AI model obligations (Art. 53-55) fall on the model provider, not on an organisation that only uses or builds on the model. Record which model and provider are used, and ask the vendor for the model provider\'s documentation.',
};

/** The YYYY-MM-DD date for an application-date id of a pack. */
export function applicationDate(id: ApplicationDateId, pack: AiActRulePack = EU_AI_ACT_RULE_PACK): string {
  const found = pack.applicationDates.find((d) => d.id === id);
  if (!found) throw new Error(`Rule pack ${pack.id}@${pack.version} has no application date "${id}"`);
  return found.date;
}
