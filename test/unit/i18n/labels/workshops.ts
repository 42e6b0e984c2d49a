import { CALENDAR_KIND_LABELS } from '../../../../src/domain/governance';
import { WHOSE_LABELS } from '../../../../src/domain/planning/plan';

/** The label maps the workshop and planning screens translate with `t(LABELS[value])` (or `tell`). */
export const LABEL_KEYS = [...Object.values(WHOSE_LABELS), ...Object.values(CALENDAR_KIND_LABELS)];
