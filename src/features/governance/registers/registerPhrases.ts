import { REGISTER_LIST, type RegisterId } from '../../../domain/governance';

/**
 * The sentences that name a register's records, one set per register: each is translated whole (Dutch writes
 * "Nieuw risico" but "Nieuwe actie"), never built of translated pieces. Values: `client`, `n`, `title`, `date`.
 */
export interface RegisterPhrases {
  create: string;
  submit: string;
  addFirst: string;
  none: string;
  noMatch: string;
  deletedSummary: string;
  deletedList: string;
  missing: string;
  deleteOne: string;
  removed: string;
  undo: string;
  noChanges: string;
}

function phrases(singular: string, plural: string): RegisterPhrases {
  const capital = singular.charAt(0).toUpperCase() + singular.slice(1);
  return {
    create: `New ${singular}`,
    submit: `Create ${singular}`,
    addFirst: `Add the first ${singular}`,
    none: `No ${plural} recorded for {{client}} yet`,
    noMatch: `No ${plural} match this search or filter.`,
    deletedSummary: `Deleted ${plural} ({{n}}): their last state`,
    deletedList: `Deleted ${plural}`,
    missing: `This ${singular} does not exist`,
    deleteOne: `Delete ${singular}`,
    removed: `The ${singular} is removed, and links to it from other registers are removed too. This cannot be undone.`,
    undo: `${capital} “{{title}}” deleted.`,
    noChanges: `No changes since this ${singular} was created on {{date}}.`,
  };
}

/** Several records of each register, inside a sentence. */
const PLURALS: Record<RegisterId, string> = {
  aiSystems: 'AI systems',
  privacyRecords: 'processing records',
  raciEntries: 'RACI entries',
  decisionRights: 'decision rights',
  escalationPaths: 'escalation paths',
  incidents: 'incidents',
  risks: 'risks',
  policies: 'policies',
  trainingRecords: 'training records',
  governanceDecisions: 'decisions',
  governanceActions: 'actions',
};

export const REGISTER_PHRASES = Object.fromEntries(
  REGISTER_LIST.map((register) => [register.id, phrases(register.singular, PLURALS[register.id])]),
) as Record<RegisterId, RegisterPhrases>;
