import { CALENDAR_KIND_LABELS } from '../../../../src/domain/governance';
import { WHOSE_LABELS } from '../../../../src/domain/planning/plan';
import {
  AGENDA_ACTIVITY_LABELS,
  DEFAULT_AGENDA,
  FACILITATION_KEY_LEGEND,
  IDEA_CSV_HEADER,
  IDEA_OUTCOME_LABELS,
  IDEA_SCORE_LABELS,
  SCORE_ORDER_LABELS,
  WORKSHOP_CSV_HEADER,
  WORKSHOP_STATUS_LABELS,
} from '../../../../src/domain/workshops';
import { COLUMN_TITLES } from '../../../../src/features/workshops/stage/DecisionColumns';
import { TIMER_STATUS_TEXT } from '../../../../src/features/workshops/stage/TimerDisplay';
import { WORKSHOP_TAB_LABELS } from '../../../../src/features/workshops/WorkshopPage';

/** The label maps the workshop and planning screens translate with `t(LABELS[value])` (or `tell`). */
export const LABEL_KEYS = [
  ...Object.values(WHOSE_LABELS),
  ...Object.values(CALENDAR_KIND_LABELS),
  ...Object.values(AGENDA_ACTIVITY_LABELS),
  ...Object.values(IDEA_OUTCOME_LABELS),
  ...Object.values(IDEA_SCORE_LABELS),
  ...Object.values(SCORE_ORDER_LABELS),
  ...Object.values(WORKSHOP_STATUS_LABELS),
  ...Object.values(COLUMN_TITLES),
  ...Object.values(TIMER_STATUS_TEXT),
  ...WORKSHOP_TAB_LABELS,
  ...DEFAULT_AGENDA.map((item) => item.title),
  ...FACILITATION_KEY_LEGEND.map((entry) => entry.action),
  'Space',
  // The workshop CSVs (in the client's report language); '#' stays as it is.
  ...IDEA_CSV_HEADER.filter((header) => header !== '#'),
  ...WORKSHOP_CSV_HEADER,
  // The field names the validation messages name (`tell(label)`).
  ...['Description', 'Process or department', 'Proposer', 'Theme', 'Decision note', 'Role', 'Location'],
  ...['Facilitator', 'Objective', 'Name', 'Agenda item title', 'Notes', 'Title'],
];
