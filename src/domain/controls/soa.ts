import { evidenceCurrent, evidenceExpired, INCLUSION_REASON_LABELS, type EvidenceItem } from './records';
import { REQUIREMENT_STATUS_LABELS, type RequirementState } from './coverage';
import { dayIn, ENGLISH, type Wording } from '../shared/language';

/**
 * The Statement of Applicability (ISO/IEC 42001 6.1.3): for each Annex A control, whether it applies
 * and why, how far it is implemented, by which controls, who owns it and what shows it. One row model
 * for the Word document and the CSV, so both always say the same, in the client's report language.
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

function justification(state: RequirementState, { t }: Wording): string {
  const d = state.decision;
  if (!d) return t('Not decided yet');
  if (d.applicability === 'excluded')
    return t('Excluded: {{justification}}', { justification: d.justification });
  const reasons = d.reasons.map((r) => t(INCLUSION_REASON_LABELS[r])).join(', ');
  return [reasons, d.justification].filter(Boolean).join(': ');
}

function evidenceText(items: readonly EvidenceItem[], today: string, { t, lang }: Wording): string {
  return items
    .map((e) => {
      const notes = [
        dayIn(lang, e.date),
        e.validUntil ? t('valid until {{date}}', { date: dayIn(lang, e.validUntil) }) : '',
        evidenceExpired(e, today) ? t('EXPIRED') : evidenceCurrent(e, today) ? '' : t('not yet valid'),
      ];
      return `${e.title} (${notes.filter(Boolean).join(', ')})`;
    })
    .join('; ');
}

export function soaRows(
  states: readonly RequirementState[],
  evidence: readonly EvidenceItem[],
  today: string,
  words: Wording = ENGLISH,
): SoaRow[] {
  const { t } = words;
  return states
    .filter((s) => s.requirement.framework === 'iso42001' && s.requirement.kind === 'annexControl')
    .map((state) => {
      const excluded = state.decision?.applicability === 'excluded';
      const controlIds = new Set(state.controls.map((c) => c.id));
      return {
        ref: state.requirement.ref,
        group: t(state.requirement.group),
        title: t(state.requirement.title),
        applicable: state.decision === null ? 'Not decided' : excluded ? 'No' : 'Yes',
        justification: justification(state, words),
        status: excluded
          ? '—'
          : `${t(REQUIREMENT_STATUS_LABELS[state.status])}${state.evidenced ? `, ${t('evidenced')}` : ''}`,
        implementedBy: state.controls.map((c) => c.title).join('; '),
        owners: [...new Set(state.controls.map((c) => c.owner || c.ownerRole).filter(Boolean))].join('; '),
        evidence: evidenceText(
          evidence.filter((e) => controlIds.has(e.controlId)),
          today,
          words,
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

/** A row's cell as the document shows it: the applicability in words of the language, the rest as built. */
export function soaCell(row: SoaRow, key: keyof SoaRow, { t }: Wording = ENGLISH): string {
  return key === 'applicable' ? t(row.applicable) : row[key];
}

export function soaCsvRows(rows: readonly SoaRow[], words: Wording = ENGLISH): string[][] {
  return [
    SOA_COLUMNS.map((c) => words.t(c.label)),
    ...rows.map((row) => SOA_COLUMNS.map((c) => soaCell(row, c.key, words))),
  ];
}
