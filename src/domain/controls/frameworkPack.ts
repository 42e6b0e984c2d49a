import { CROSSWALK } from './crosswalk';
import { EU_AI_ACT_REQUIREMENTS } from './euAiAct';
import { ISO_42001_REQUIREMENTS } from './iso42001';
import { NIST_AI_RMF_REQUIREMENTS } from './nistAiRmf';
import type { Framework, FrameworkId, FrameworkPack, Requirement } from './types';
import { tell, type Translate } from '../shared/language';

/**
 * The framework pack: ISO/IEC 42001, NIST AI RMF and the EU AI Act obligations as versioned data, with
 * the crosswalk between them. A client's decisions store requirement ids; a later pack keeps the ids.
 */

export const FRAMEWORKS: Framework[] = [
  {
    id: 'iso42001',
    name: 'ISO/IEC 42001:2023 AI management system',
    shortName: 'ISO/IEC 42001',
    edition: '2023',
    description:
      'Clauses 4-10 are required of every AI management system; the 38 Annex A controls apply unless excluded with a reason in the Statement of Applicability.',
  },
  {
    id: 'nistAiRmf',
    name: 'NIST AI Risk Management Framework 1.0',
    shortName: 'NIST AI RMF',
    edition: '1.0 (January 2023)',
    description: 'Voluntary: the subcategories of Govern, Map, Measure and Manage.',
  },
  {
    id: 'euAiAct',
    name: 'EU AI Act obligations',
    shortName: 'EU AI Act',
    edition: 'Rule pack eu-ai-act',
    description:
      "The obligations of the EU AI Act rule pack; which apply follows from the classification of the client's AI systems.",
  },
];

export const FRAMEWORK_PACK: FrameworkPack = {
  id: 'ai-frameworks',
  version: '2026.12',
  date: '2026-12-01',
  changeLog: [
    {
      version: '2026.12',
      date: '2026-12-01',
      change:
        'First pack: ISO/IEC 42001:2023 clauses 4-10 and Annex A (38 controls), NIST AI RMF 1.0 (72 subcategories), the EU AI Act obligations of rule pack eu-ai-act, and a crosswalk with mapping strengths.',
    },
  ],
  notice:
    "Requirement titles are short paraphrases written for this app; they do not reproduce the standards' text. Read the standard itself for the exact requirement.",
  frameworks: FRAMEWORKS,
  requirements: [...ISO_42001_REQUIREMENTS, ...NIST_AI_RMF_REQUIREMENTS, ...EU_AI_ACT_REQUIREMENTS],
  crosswalk: CROSSWALK,
};

const BY_ID = new Map(FRAMEWORK_PACK.requirements.map((r) => [r.id, r]));

export function requirementById(id: string): Requirement | undefined {
  return BY_ID.get(id);
}

export function requirementsOf(framework: FrameworkId, pack: FrameworkPack = FRAMEWORK_PACK): Requirement[] {
  return pack.requirements.filter((r) => r.framework === framework);
}

export function frameworkById(id: FrameworkId): Framework {
  return FRAMEWORKS.find((f) => f.id === id)!;
}

/** "ISO/IEC 42001 A.2.2" - how a requirement is named in lists. */
export function requirementLabel(requirement: Requirement): string {
  return `${frameworkById(requirement.framework).shortName} ${requirement.ref}`;
}

/** A requirement's title and group in the reader's language (ISO/IEC 42001, NIST AI RMF, EU AI Act). */
export function requirementTitle(requirement: Requirement, t: Translate): string {
  return t(requirement.title);
}
export function requirementGroup(requirement: Requirement, t: Translate): string {
  return t(requirement.group);
}

/** "ISO/IEC 42001 ×5 · NIST AI RMF ×3" - the frameworks a control's requirements belong to. */
export function formatRequirementCount(requirementIds: readonly string[]): string {
  return (
    FRAMEWORKS.map(
      (f) => [f.shortName, requirementIds.filter((id) => BY_ID.get(id)?.framework === f.id).length] as const,
    )
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ×${n}`)
      .join(' · ') || tell('None mapped')
  );
}
