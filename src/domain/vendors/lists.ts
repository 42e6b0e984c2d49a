import { compareVendors, leaders } from './comparison';
import {
  CERTIFICATION_LABELS,
  DPA_STATUS_LABELS,
  EVALUATION_STATUS_LABELS,
  SUB_PROCESSOR_DISCLOSURE_LABELS,
  TRAINING_POLICY_LABELS,
  VENDOR_CATEGORY_LABELS,
  YES_NO_UNKNOWN_LABELS,
  type EvaluationStatus,
} from './constants';
import type { Evaluation } from './evaluation';
import { modelProviders, type VendorProfile, type VendorRef } from './profile';
import { ENGLISH, type Wording } from '../shared/language';

/**
 * One line per evaluation for the client's list of evaluations, and the CSV rows of that list and of
 * the vendor library (facts only: the library CSV never carries client names or scores).
 */

export type EvaluationOverview = {
  id: string;
  title: string;
  status: EvaluationStatus;
  useCaseId?: string;
  useCaseName: string;
  vendorNames: string[];
  /** Best-ranked vendors still in the running (more than one on a tie); empty while nothing is scored. */
  leaderNames: string[];
  selectedNames: string[];
  knockedOutNames: string[];
  /** Share of the score cells (criteria x vendors) filled in, 0-100. */
  scoredPercent: number;
  openDdCount: number;
  /** Latest decision date in the evaluation, if any. */
  lastDecisionDate: string | null;
  weightsOk: boolean;
  updatedAt: string;
};

export function evaluationOverview(
  evaluation: Evaluation,
  vendors: readonly VendorRef[],
): EvaluationOverview {
  const comparison = compareVendors(evaluation, vendors);
  const cells = evaluation.criteria.length * evaluation.vendors.length;
  const scored = comparison.rows.reduce((sum, r) => sum + r.score.scoredCount, 0);
  const dates = evaluation.vendors
    .map((v) => v.decision?.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  return {
    id: evaluation.id,
    title: evaluation.title,
    status: evaluation.status,
    useCaseId: evaluation.useCaseId,
    useCaseName: evaluation.useCaseName,
    vendorNames: comparison.rows.map((r) => r.vendorName),
    leaderNames: leaders(comparison).map((r) => r.vendorName),
    selectedNames: comparison.rows.filter((r) => r.decision?.outcome === 'selected').map((r) => r.vendorName),
    knockedOutNames: comparison.rows.filter((r) => r.knockedOut).map((r) => r.vendorName),
    scoredPercent: cells === 0 ? 0 : Math.round((scored / cells) * 100),
    openDdCount: comparison.rows.reduce((sum, r) => sum + r.openDdCount, 0),
    lastDecisionDate: dates.at(-1) ?? null,
    weightsOk: comparison.weights.ok,
    updatedAt: evaluation.updatedAt,
  };
}

export const EVALUATION_LIST_CSV_HEADER = [
  'Evaluation',
  'Use case',
  'Status',
  'Vendors',
  'Leading',
  'Selected',
  'Ruled out',
  'Scored (%)',
  'Open due-diligence answers',
  'Last decision',
  'Updated',
] as const;

/** The client's list of evaluations; headers and labels in `words`' language (the client's report language). */
export function evaluationListCsvRows(
  rows: readonly EvaluationOverview[],
  { t }: Wording = ENGLISH,
): string[][] {
  return [
    EVALUATION_LIST_CSV_HEADER.map((h) => t(h)),
    ...rows.map((r) => [
      r.title,
      r.useCaseName,
      t(EVALUATION_STATUS_LABELS[r.status]),
      r.vendorNames.join('; '),
      r.leaderNames.join('; '),
      r.selectedNames.join('; '),
      r.knockedOutNames.join('; '),
      String(r.scoredPercent),
      String(r.openDdCount),
      r.lastDecisionDate ?? '',
      r.updatedAt.slice(0, 10),
    ]),
  ];
}

export const VENDOR_LIBRARY_CSV_HEADER = [
  'Vendor',
  'Product',
  'Category',
  'Website',
  'Headquarters / jurisdiction',
  'Data locations',
  'Transfer mechanism',
  'Model provider',
  'Sub-processors',
  'Sub-processor disclosure',
  'Certifications',
  'DPA',
  'Trains on customer data',
  'Retention',
  'Zero-retention option',
  'Encryption at rest',
  'SSO',
  'Pricing model',
  'Exit options',
  'Contact',
  'Notes',
] as const;

/** The consultant's vendor library (no client's: in `words`' language, the interface's). */
export function vendorLibraryCsvRows(
  profiles: readonly VendorProfile[],
  { t }: Wording = ENGLISH,
): string[][] {
  return [
    VENDOR_LIBRARY_CSV_HEADER.map((h) => t(h)),
    ...[...profiles]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => [
        p.name,
        p.product,
        t(VENDOR_CATEGORY_LABELS[p.category]),
        p.website,
        p.headquarters,
        p.dataLocations.join('; '),
        p.transferMechanism,
        modelProviders(p).join('; '),
        p.subProcessors.map((s) => [s.name, s.purpose, s.location].filter(Boolean).join(' - ')).join('; '),
        t(SUB_PROCESSOR_DISCLOSURE_LABELS[p.subProcessorDisclosure]),
        p.certifications.map((c) => CERTIFICATION_LABELS[c]).join('; '),
        t(DPA_STATUS_LABELS[p.dpa]),
        t(TRAINING_POLICY_LABELS[p.trainsOnCustomerData]),
        p.retention,
        t(YES_NO_UNKNOWN_LABELS[p.zeroRetentionOption]),
        t(YES_NO_UNKNOWN_LABELS[p.encryptionAtRest]),
        t(YES_NO_UNKNOWN_LABELS[p.sso]),
        p.pricingModel,
        p.exitOptions,
        [p.contact.name, p.contact.role, p.contact.email, p.contact.phone].filter(Boolean).join(', '),
        p.notes,
      ]),
  ];
}
