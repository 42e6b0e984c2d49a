import { addDaysToDate } from '../governance/localDates';
import { CONTROL_GAP_LABELS, controlGaps, latestEvidence } from './controlGaps';
import { frameworkCoverage, requirementStates, type ControlsRecords } from './coverage';
import { FRAMEWORK_PACK, frameworkById } from './frameworkPack';
import { ENGLISH, type Wording } from '../shared/language';
import type { FrameworkId } from './types';

/**
 * What the board's "AI management system readiness" slide shows for one client: coverage and
 * readiness per framework in scope, the top gaps and the evidence that expired or expires soon.
 */
export interface ReadinessReportData {
  packVersion: string;
  controls: { total: number; implemented: number };
  frameworks: {
    framework: FrameworkId;
    name: string;
    applicable: number;
    implemented: number;
    evidenced: number;
    undecided: number;
    readiness: number | null;
  }[];
  /** As shown: `heading` (the kind, and for a whole framework's gap its name) and `text` (the control, or which requirements). */
  topGaps: { kind: string; subject: string; message: string; heading: string; text: string }[];
  expiringEvidence: { title: string; control: string; validUntil: string; expired: boolean }[];
}

export const EXPIRY_HORIZON_DAYS = 60;
const SHOWN = 5;
const GAP_ORDER = ['evidenceExpired', 'controlReviewOverdue', 'noControl', 'undecided', 'noEvidence'];

/** Null when the client has no controls programme yet. */
export function readinessReportData(
  records: ControlsRecords,
  frameworks: readonly FrameworkId[],
  asOf: string,
  words: Wording = ENGLISH,
): ReadinessReportData | null {
  if (records.controls.length === 0) return null;
  const { t } = words;
  const states = requirementStates(records, asOf);
  const gaps = controlGaps(records, states, frameworks, asOf, words).sort(
    (a, b) => GAP_ORDER.indexOf(a.kind) - GAP_ORDER.indexOf(b.kind),
  );
  const horizon = addDaysToDate(asOf, EXPIRY_HORIZON_DAYS);
  const titles = new Map(records.controls.map((c) => [c.id, c.title]));
  return {
    packVersion: FRAMEWORK_PACK.version,
    controls: {
      total: records.controls.length,
      implemented: records.controls.filter((c) => c.status === 'implemented').length,
    },
    frameworks: frameworks.map((f) => {
      const c = frameworkCoverage(states, f);
      return {
        framework: f,
        name: t(frameworkById(f).shortName),
        applicable: c.applicable,
        implemented: c.implemented,
        evidenced: c.evidenced,
        undecided: c.undecided,
        readiness: c.readiness,
      };
    }),
    topGaps: gaps.slice(0, SHOWN).map((g) => {
      const kind = t(CONTROL_GAP_LABELS[g.kind]);
      return {
        kind,
        subject: g.subject,
        message: g.message,
        heading: g.framework ? `${kind} (${g.subject})` : kind,
        text: g.framework ? g.message : g.subject,
      };
    }),
    expiringEvidence: latestEvidence(records.evidence)
      .filter(
        (e): e is typeof e & { validUntil: string } =>
          e.validUntil !== null && e.validUntil <= horizon && titles.has(e.controlId),
      )
      .sort((a, b) => a.validUntil.localeCompare(b.validUntil))
      .slice(0, SHOWN)
      .map((e) => ({
        title: e.title,
        control: titles.get(e.controlId)!,
        validUntil: e.validUntil,
        expired: e.validUntil < asOf,
      })),
  };
}
