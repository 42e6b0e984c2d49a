import type { Client } from '../clients/client';
import { agreedHoursPerMonth, reportLanguageOf } from '../clients/client';
import type { EngagementEntry } from '../clients/engagement';
import type { Period } from './period';
import { isInPeriod } from './period';
import { buildPortfolioSection, type PortfolioSources } from './portfolioSection';
import {
  REPORT_MODEL_VERSION,
  type GovernanceReportData,
  type ReportModel,
  type VendorReportData,
} from './types';

export interface ReportSources extends Omit<PortfolioSources, 'pilotLimit' | 'asOf' | 'period'> {
  client: Client;
  period: Period;
  today: string;
  preparedBy: string;
  preparedByLogo?: string;
  engagement: readonly EngagementEntry[];
  governance: GovernanceReportData;
  vendors: VendorReportData;
  readiness?: ReportModel['readiness'];
  staffVoice?: ReportModel['staffVoice'];
}

export const EMPTY_GOVERNANCE: GovernanceReportData = {
  systems: [],
  risks: [],
  incidents: [],
  openDeadlines: [],
  obligations: [],
  dpia: { likelyRequired: 0, done: 0 },
  policiesDue: [],
  literacyCoverage: null,
  decisionRightsDefined: 0,
  systemsWithoutAccountable: [],
  actions: [],
};

export const EMPTY_VENDORS: VendorReportData = {
  inUse: [],
  underEvaluation: [],
  decisions: [],
  concentration: [],
};

/** Builds the whole report model for one client and one period. Pass that client's records only. */
export function buildReportModel(src: ReportSources): ReportModel {
  const asOf = src.today < src.period.end ? src.today : src.period.end;
  const { portfolio, pilots, roadmap } = buildPortfolioSection({
    ...src,
    pilotLimit: src.client.pilotLimit,
    asOf,
  });
  const hoursUsed = src.engagement
    .filter((e) => e.clientId === src.client.id && isInPeriod(e.date, src.period))
    .reduce((sum, e) => sum + e.hours, 0);
  const monthly = agreedHoursPerMonth(src.client);
  return {
    version: REPORT_MODEL_VERSION,
    client: {
      id: src.client.id,
      name: src.client.name,
      shortName: src.client.shortName,
      sector: src.client.sector,
      logo: src.client.logo,
      brandColor: src.client.brandColor,
      reportLanguage: reportLanguageOf(src.client),
    },
    period: src.period,
    generatedOn: src.today,
    preparedBy: src.preparedBy,
    preparedByLogo: src.preparedByLogo ?? '',
    portfolio,
    pilots,
    roadmap,
    governance: src.governance,
    vendors: src.vendors,
    readiness: src.readiness ?? null,
    staffVoice: src.staffVoice ?? null,
    engagement: {
      hoursUsed: Math.round(hoursUsed * 100) / 100,
      hoursAgreed: monthly === null ? null : monthly * (src.period.kind === 'quarter' ? 3 : 1),
    },
  };
}
