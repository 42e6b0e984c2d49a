/**
 * The vocabulary of the incident register's two reporting regimes: GDPR Art. 33/34 (personal-data
 * breach) and EU AI Act Art. 73 (serious incident), incl. reports made in stages.
 */

/** GDPR Art. 33(1), 33(5), 34(1): how likely the breach puts people at risk. */
export const GDPR_RISK_OPTIONS = ['notAssessed', 'unlikely', 'risk', 'highRisk'] as const;
export type GdprRisk = (typeof GDPR_RISK_OPTIONS)[number];
export const GDPR_RISK_LABELS: Record<GdprRisk, string> = {
  notAssessed: 'Not assessed yet',
  unlikely: 'Unlikely to result in a risk to people: document, do not notify (Art. 33(5))',
  risk: 'A risk to people: notify the authority (Art. 33(1))',
  highRisk: 'A high risk to people: notify the authority and tell the people concerned (Art. 33, 34)',
};

/** A report in one go, or an initial incomplete one to be completed (AI Act Art. 73(5), GDPR Art. 33(4)). */
export const REPORT_STAGES = ['complete', 'initial'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];
export const REPORT_STAGE_LABELS: Record<ReportStage, string> = {
  complete: 'Complete report',
  initial: 'Initial report, incomplete: the rest follows',
};

/** GDPR Art. 34(3): when the people concerned need not be told individually. */
export const ART34_EXCEPTIONS = ['none', 'encrypted', 'measuresTaken', 'disproportionate'] as const;
export type Art34Exception = (typeof ART34_EXCEPTIONS)[number];
export const ART34_EXCEPTION_LABELS: Record<Art34Exception, string> = {
  none: 'None: tell each person concerned',
  encrypted: 'Data unintelligible to others, e.g. encrypted (Art. 34(3)(a))',
  measuresTaken: 'Later measures make the high risk no longer likely (Art. 34(3)(b))',
  disproportionate:
    'Individual messages would take disproportionate effort: public communication instead (Art. 34(3)(c))',
};
