import { evidenceCurrent, evidenceExpired, INCLUSION_REASON_LABELS, type EvidenceItem } from './records';
import { REQUIREMENT_STATUS_LABELS, type RequirementState } from './coverage';
import { formatDay } from '../shared/dates';

/**
 * The Statement of Applicability (ISO/IEC 42001 6.1.3): for each Annex A control, whether it applies
 * and why, how far it is implemented, by which controls, who owns it and what shows it. One row model
 * for the Word document and the CSV, so both always say the same.
 */

export interface SoaRow {
  ref: string;
  group: string;
  title: string;
  applicable: 'Yes' | 'No' | 'Not decided';
  justification: string;
  status: string;
  implementedBy: string;
  owners: string;
  evidence: string;
}

function justification(state: RequirementState): string {
  const d = state.decision;
  if (!d) return 'Not decided yet';
  if (d.applicability === 'excluded') return `Excluded: ${d.justification}`;
  const reasons = d.reasons.map((r) => INCLUSION_REASON_LABELS[r]).join(', ');
  return [reasons, d.justification].filter(Boolean).join(': ');
}

function evidenceText(items: readonly EvidenceItem[], today: string): string {
  return items
    .map(
      (e) =>
        `${e.title} (${formatDay(e.date)}${e.validUntil ? `, valid until ${formatDay(e.validUntil)}` : ''}${evidenceExpired(e, today) ? ', EXPIRED' : evidenceCurrent(e, today) ? '' : ', not yet valid'})`,
    )
    .join('; ');
}

export function soaRows(
  states: readonly RequirementState[],
  evidence: readonly EvidenceItem[],
  today: string,
): SoaRow[] {
  return states
    .filter((s) => s.requirement.framework === 'iso42001' && s.requirement.kind === 'annexControl')
    .map((state) => {
      const excluded = state.decision?.applicability === 'excluded';
      const controlIds = new Set(state.controls.map((c) => c.id));
      return {
        ref: state.requirement.ref,
        group: state.requirement.group,
        title: state.requirement.title,
        applicable: state.decision === null ? 'Not decided' : excluded ? 'No' : 'Yes',
        justification: justification(state),
        status: excluded
          ? '—'
          : `${REQUIREMENT_STATUS_LABELS[state.status]}${state.evidenced ? ', evidenced' : ''}`,
        implementedBy: state.controls.map((c) => c.title).join('; '),
        owners: [...new Set(state.controls.map((c) => c.owner || c.ownerRole).filter(Boolean))].join('; '),
        evidence: evidenceText(
          evidence.filter((e) => controlIds.has(e.controlId)),
          today,
        ),
      };
    });
}

export const SOA_COLUMNS: { key: keyof SoaRow; label: string }[] = [
  { key: 'ref', label: 'Annex A' },
  { key: 'title', label: 'Control' },
  { key: 'applicable', label: 'Applicable' },
  { key: 'justification', label: 'Justification' },
  { key: 'status', label: 'Implementation' },
  { key: 'implementedBy', label: 'Implemented by' },
  { key: 'owners', label: 'Owner' },
  { key: 'evidence', label: 'Evidence' },
];

export function soaCsvRows(rows: readonly SoaRow[]): string[][] {
  return [SOA_COLUMNS.map((c) => c.label), ...rows.map((row) => SOA_COLUMNS.map((c) => row[c.key]))];
}
