/**
 * The framework pack's vocabulary: frameworks, their requirements (a clause, an Annex A control, a NIST
 * AI RMF subcategory or an EU AI Act obligation) and the crosswalk between them.
 */

export const FRAMEWORK_IDS = ['iso42001', 'nistAiRmf', 'euAiAct'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export type RequirementKind = 'clause' | 'annexControl' | 'subcategory' | 'obligation';

export interface Requirement {
  /** Unique across the pack, e.g. `iso42001:A.2.2`, `nistAiRmf:GOVERN 1.1`, `euAiAct:art4.literacy`. */
  id: string;
  framework: FrameworkId;
  /** The reference as the framework writes it: `A.2.2`, `GOVERN 1.1`, `Art. 26(2)`. */
  ref: string;
  /** The group it belongs to, e.g. "A.2 Policies related to AI". */
  group: string;
  /** The app's own short wording (not the standard's text). */
  title: string;
  kind: RequirementKind;
  /** Mandatory requirements (ISO/IEC 42001 clauses 4-10) cannot be excluded. */
  mandatory: boolean;
}

export interface Framework {
  id: FrameworkId;
  name: string;
  shortName: string;
  /** The edition or version of the framework this pack follows. */
  edition: string;
  description: string;
}

/** How closely two requirements ask for the same thing. */
export const MAPPING_STRENGTHS = ['strong', 'partial', 'related'] as const;
export type MappingStrength = (typeof MAPPING_STRENGTHS)[number];
export const MAPPING_STRENGTH_LABELS: Record<MappingStrength, string> = {
  strong: 'Strong: same intent',
  partial: 'Partial: overlaps',
  related: 'Related: supports',
};

/** One crosswalk entry: two requirements of different frameworks and how strongly they map (both ways). */
export interface CrosswalkEntry {
  from: string;
  to: string;
  strength: MappingStrength;
}

export interface FrameworkPack {
  id: string;
  version: string;
  /** YYYY-MM-DD the pack was published. */
  date: string;
  changeLog: { version: string; date: string; change: string }[];
  notice: string;
  frameworks: Framework[];
  requirements: Requirement[];
  crosswalk: CrosswalkEntry[];
}
