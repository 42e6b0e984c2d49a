import {
  checkConsultantField,
  CONSULTANT_PROFILE_KEY,
  readConsultantProfile,
  type ConsultantField,
  type ConsultantProfile,
} from '../../domain/consultant/profile';
import { ValidationError } from '../core/errors';
import type { CaioDatabase } from '../core/schema';

/** The consultant profile (a workspace setting). Used by every deliverable that names the consultant. */
export async function getConsultantProfile(database: CaioDatabase): Promise<ConsultantProfile> {
  return readConsultantProfile((await database.settings.get(CONSULTANT_PROFILE_KEY))?.value);
}

/** Saves one field; invalid input is refused with a message naming the field, and nothing changes. */
export async function saveConsultantField(
  database: CaioDatabase,
  field: ConsultantField,
  value: unknown,
): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const checked = checkConsultantField(await getConsultantProfile(database), field, value);
    if (!checked.ok) throw new ValidationError(checked.message, field);
    await database.settings.put({ key: CONSULTANT_PROFILE_KEY, value: checked.profile });
  });
}
