import { controlDueItems, type ControlDueItem } from '../../domain/controls';
import type { CaioDatabase } from '../core/schema';

/**
 * The controls programme's part of the home screen's due list: control reviews and evidence expiry up
 * to the horizon (read through the `nextReviewDate` and `validUntil` indexes; a control's other
 * evidence is read too, so evidence replaced by newer evidence is not listed).
 */
export async function controlsDueUpTo(
  database: CaioDatabase,
  horizon: string,
  today: string,
): Promise<ControlDueItem[]> {
  const [reviewing, expiring] = await Promise.all([
    database.controls.where('nextReviewDate').belowOrEqual(horizon).toArray(),
    database.evidence.where('validUntil').belowOrEqual(horizon).toArray(),
  ]);
  const controlIds = [...new Set([...reviewing.map((c) => c.id), ...expiring.map((e) => e.controlId)])];
  const [controls, evidence] = await Promise.all([
    database.controls.bulkGet(controlIds),
    database.evidence.where('controlId').anyOf(controlIds).toArray(),
  ]);
  return controlDueItems(
    controls.filter((c) => c !== undefined),
    evidence,
    today,
  ).filter((item) => item.date <= horizon);
}
