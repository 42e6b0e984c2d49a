import type { CrosswalkEntry, MappingStrength } from './types';

/**
 * The crosswalk: which requirements of the three frameworks ask for the same thing, and how strongly.
 * ISO/IEC 42001 is the hub; each line maps one ISO requirement to NIST AI RMF subcategories and EU AI
 * Act obligations. Entries hold both ways. A judgement of the app's authors, not an official mapping.
 */

type Target = readonly [id: string, strength: MappingStrength];
const n = (ref: string, strength: MappingStrength): Target => [`nistAiRmf:${ref}`, strength];
const e = (obligationId: string, strength: MappingStrength): Target => [`euAiAct:${obligationId}`, strength];

const FROM_ISO: Record<string, Target[]> = {
  '4.1': [n('MAP 1.1', 'partial'), n('MAP 1.3', 'partial'), n('GOVERN 1.1', 'partial')],
  '4.2': [n('GOVERN 5.1', 'partial'), n('MAP 1.6', 'related')],
  '4.3': [n('MAP 3.3', 'related')],
  '4.4': [n('GOVERN 1.4', 'partial')],
  '5.1': [n('GOVERN 2.3', 'strong')],
  '5.2': [n('GOVERN 1.2', 'partial'), n('GOVERN 4.1', 'related')],
  '5.3': [n('GOVERN 2.1', 'strong')],
  '6.1.1': [n('GOVERN 1.3', 'partial')],
  '6.1.2': [n('MAP 5.1', 'partial'), n('MEASURE 1.1', 'partial'), n('MAP 1.5', 'related')],
  '6.1.3': [n('MANAGE 1.2', 'strong'), n('MANAGE 1.3', 'strong'), n('MANAGE 1.4', 'partial')],
  '6.1.4': [n('MAP 5.1', 'partial'), e('art27.fria', 'partial')],
  '6.2': [n('MAP 1.3', 'partial')],
  '6.3': [n('MANAGE 4.2', 'related')],
  '7.1': [n('MANAGE 2.1', 'partial')],
  '7.2': [n('GOVERN 2.2', 'strong'), e('art4.literacy', 'partial'), n('MAP 3.4', 'partial')],
  '7.3': [e('art4.literacy', 'partial'), n('GOVERN 4.1', 'related')],
  '7.4': [n('GOVERN 4.2', 'partial')],
  '7.5': [n('GOVERN 1.4', 'related')],
  '8.1': [n('MANAGE 1.1', 'related')],
  '8.2': [n('MEASURE 3.1', 'partial')],
  '8.3': [n('MANAGE 1.3', 'partial')],
  '8.4': [n('MAP 5.1', 'related')],
  '9.1': [n('MEASURE 1.1', 'partial'), n('MEASURE 1.2', 'partial')],
  '9.2': [n('MEASURE 1.3', 'partial')],
  '9.3': [n('GOVERN 1.5', 'partial')],
  '10.1': [n('MANAGE 4.2', 'strong')],
  '10.2': [n('MANAGE 4.3', 'partial')],
  'A.2.2': [n('GOVERN 1.2', 'strong'), n('GOVERN 1.4', 'partial')],
  'A.2.3': [n('GOVERN 1.4', 'related')],
  'A.2.4': [n('GOVERN 1.5', 'partial')],
  'A.3.2': [n('GOVERN 2.1', 'strong'), e('art26.oversight', 'partial')],
  'A.3.3': [n('GOVERN 4.3', 'partial'), n('MEASURE 3.3', 'related')],
  'A.4.2': [n('GOVERN 1.6', 'partial')],
  'A.4.3': [n('MAP 4.1', 'related')],
  'A.4.4': [n('MAP 4.2', 'related')],
  'A.4.6': [n('GOVERN 2.2', 'partial'), e('art4.literacy', 'partial')],
  'A.5.2': [n('MAP 5.1', 'partial'), e('art27.fria', 'partial')],
  'A.5.3': [e('art6_3.record', 'related')],
  'A.5.4': [n('MAP 5.1', 'partial'), e('art27.fria', 'partial'), e('art26.dpia', 'related')],
  'A.5.5': [n('MAP 5.1', 'related'), n('MEASURE 2.12', 'related')],
  'A.6.1.2': [n('GOVERN 1.2', 'partial')],
  'A.6.1.3': [e('art16.provider', 'partial')],
  'A.6.2.2': [n('MAP 1.6', 'partial')],
  'A.6.2.3': [n('MAP 2.1', 'related')],
  'A.6.2.4': [n('MEASURE 2.3', 'strong'), n('MEASURE 2.5', 'partial'), n('MEASURE 2.1', 'partial')],
  'A.6.2.5': [n('MANAGE 1.1', 'partial')],
  'A.6.2.6': [n('MEASURE 2.4', 'strong'), n('MANAGE 4.1', 'partial'), e('art26.monitoring', 'strong')],
  'A.6.2.7': [n('MAP 2.2', 'partial'), e('art16.provider', 'partial')],
  'A.6.2.8': [e('art26.logs', 'strong')],
  'A.7.4': [e('art26.inputData', 'strong'), n('MEASURE 2.11', 'related')],
  'A.7.5': [n('MAP 4.1', 'partial')],
  'A.8.2': [n('MAP 2.2', 'partial'), e('art50.1.deployer', 'partial'), e('art26.informPersons', 'partial')],
  'A.8.3': [n('MEASURE 3.3', 'partial'), n('GOVERN 5.1', 'related')],
  'A.8.4': [n('MANAGE 4.3', 'strong'), e('art26.monitoring', 'partial')],
  'A.8.5': [
    n('GOVERN 4.2', 'related'),
    e('art26.workers', 'partial'),
    e('art26.informPersons', 'partial'),
    e('art50.4.deployer', 'related'),
  ],
  'A.9.2': [
    n('GOVERN 3.2', 'partial'),
    n('MAP 3.5', 'partial'),
    e('art26.instructions', 'partial'),
    e('art26.oversight', 'partial'),
  ],
  'A.9.3': [n('MAP 1.3', 'related')],
  'A.9.4': [
    n('MAP 1.1', 'strong'),
    n('MAP 3.3', 'partial'),
    e('art26.instructions', 'strong'),
    e('art5.stop', 'related'),
  ],
  'A.10.2': [n('GOVERN 6.1', 'partial'), e('art26.cooperate', 'related')],
  'A.10.3': [
    n('GOVERN 6.1', 'strong'),
    n('MANAGE 3.1', 'strong'),
    n('MAP 4.2', 'partial'),
    e('art50.2.deployer', 'related'),
  ],
  'A.10.4': [n('GOVERN 5.1', 'related')],
};

export const CROSSWALK: CrosswalkEntry[] = Object.entries(FROM_ISO).flatMap(([ref, targets]) =>
  targets.map(([to, strength]) => ({ from: `iso42001:${ref}`, to, strength })),
);

/** The requirements a requirement maps to, either way, strongest first. */
export function crosswalkFor(
  requirementId: string,
  entries: readonly CrosswalkEntry[] = CROSSWALK,
): { id: string; strength: MappingStrength }[] {
  const rank: Record<MappingStrength, number> = { strong: 0, partial: 1, related: 2 };
  return entries
    .flatMap((entry) =>
      entry.from === requirementId
        ? [{ id: entry.to, strength: entry.strength }]
        : entry.to === requirementId
          ? [{ id: entry.from, strength: entry.strength }]
          : [],
    )
    .sort((a, b) => rank[a.strength] - rank[b.strength] || a.id.localeCompare(b.id));
}
