import type { GateDecisionKind, KpiDirection, KpiStatus, Quadrant, RiskTier, Stage } from '../portfolio';
import type { Period } from './period';
import type { ReadinessReportData } from '../controls/readinessReport';
import type { StaffVoiceReportData } from '../questionnaires/staffVoice';
import type { Language } from '../shared/language';

/**
 * The board report model: everything the slides show, computed from one client's registers for one
 * period. On export it is frozen as the report's snapshot, so a past report re-exports exactly and the
 * next report can show what changed.
 */
export const REPORT_MODEL_VERSION = 1;

export type OverallStatus = 'green' | 'amber' | 'red';

export interface ReportClient {
  id: string;
  name: string;
  shortName: string;
  sector: string;
  logo: string | null;
  brandColor: string;
  /** The language the report is written in (absent in reports frozen before it could be chosen: English). */
  reportLanguage?: Language;
}

export interface MapPoint {
  id: string;
  title: string;
  /** Its place in the portfolio's priority ranking: the number on the map (absent in reports frozen before it existed). */
  rank?: number;
  impact: number;
  effort: number;
  riskTier: RiskTier;
  stage: Stage;
  quadrant: Quadrant;
  /** "Stop (prohibited practice)" or the quadrant's name (absent in reports frozen before it existed). */
  placement?: string;
}

export interface KpiLine {
  id: string;
  name: string;
  unitLabel: string;
  direction: KpiDirection;
  baseline: number | null;
  current: number | null;
  target: number | null;
  status: KpiStatus;
  trend: { date: string; value: number }[];
}

export interface PilotSummary {
  id: string;
  title: string;
  stage: Stage;
  status: KpiStatus;
  kpis: KpiLine[];
  gateDecision: { decision: GateDecisionKind; date: string; rationale: string; decidedBy: string } | null;
  plannedEnd: string | null;
  /** Why the KPI status and the last gate decision disagree (absent when they agree, and in older snapshots). */
  explanation?: string | null;
}

export interface PortfolioSection {
  total: number;
  useCases: { id: string; title: string; stage: Stage; riskTier: RiskTier }[];
  stageCounts: Record<Stage, number>;
  activePilots: number;
  pilotLimit: number;
  overrides: { title: string; reason: string }[];
  /** Pilots running before their EU AI Act classification, with the recorded reason (absent in older snapshots). */
  unclassifiedPilots?: { title: string; reason: string }[];
  map: MapPoint[];
  /** Ranked use cases the map cannot place, with their rank and why (absent in older snapshots). */
  notOnMap?: { rank: number; title: string; why: string }[];
  valueRealisedHoursPerMonth: number | null;
  valueRealisedEurPerMonth: number | null;
}

export interface RoadmapItem {
  title: string;
  detail: string;
  due: string | null;
}

export interface RoadmapSection {
  upcoming: RoadmapItem[];
  notNow: RoadmapItem[];
}

/** Inputs from the governance registers, already reduced to what the board sees. */
export interface GovernanceReportData {
  systems: {
    id: string;
    name: string;
    vendor: string;
    status: string;
    tier: RiskTier;
    accountable: string;
    oversight: string;
    /** When the tier is a user's override of the EU AI Act classification: what it overrides and why. */
    tierOverride?: { of: RiskTier; justification: string; decidedBy: string; acknowledgedArticle: string };
  }[];
  risks: {
    id: string;
    title: string;
    category: string;
    likelihood: number;
    severity: number;
    /** The current level (inherent until the treatment's controls are in place; named so in older snapshots). */
    residualLikelihood: number;
    residualSeverity: number;
    /** The target after treatment, when scored (absent in older snapshots). */
    targetLikelihood?: number | null;
    targetSeverity?: number | null;
    owner: string;
    treatment: string;
    status: string;
  }[];
  incidents: {
    id: string;
    title: string;
    date: string;
    severity: 'minor' | 'serious' | 'very-serious';
    whatHappened: string;
    whatWasDone: string;
    lesson: string;
    status: string;
  }[];
  openDeadlines: { title: string; deadline: string; overdue: boolean; label: string }[];
  obligations: {
    id: string;
    title: string;
    article: string;
    appliesFrom: string;
    inForce: boolean;
    systems: number;
  }[];
  dpia: { likelyRequired: number; done: number };
  policiesDue: { title: string; reviewDate: string }[];
  literacyCoverage: number | null;
  decisionRightsDefined: number;
  systemsWithoutAccountable: string[];
  actions: { title: string; owner: string; due: string | null; status: string; overdue: boolean }[];
}

/** Inputs from the vendor evaluations. */
export interface VendorReportData {
  inUse: { name: string; product: string; usedFor: string; dpa: string }[];
  underEvaluation: { title: string; vendors: string[]; status: string }[];
  decisions: { evaluation: string; vendor: string; outcome: string; date: string; rationale: string }[];
  concentration: { provider: string; count: number }[];
}

export interface ReportModel {
  version: typeof REPORT_MODEL_VERSION;
  client: ReportClient;
  period: Period;
  generatedOn: string;
  preparedBy: string;
  /** The consultant's logo (data URL) for the title slide; absent in reports frozen before it was shown, '' without one. */
  preparedByLogo?: string;
  portfolio: PortfolioSection;
  pilots: PilotSummary[];
  roadmap: RoadmapSection;
  governance: GovernanceReportData;
  vendors: VendorReportData;
  engagement: { hoursUsed: number; hoursAgreed: number | null };
  /** The AI management system programme (absent in reports frozen before it existed; null without controls). */
  readiness?: ReadinessReportData | null;
  /** What the staff told us: the client's staff questionnaires answered in the period (null when none were). */
  staffVoice?: StaffVoiceReportData | null;
}

/** The parts of a report the user writes (with generated suggestions as a start). */
export interface ReportTexts {
  headlines: string[];
  /** Starts unset: the consultant must choose it (a suggestion with its reasons is shown). */
  overallStatus: OverallStatus | null;
  decisionsRequested: string[];
  nextSteps: string[];
  notDoing: string[];
}
