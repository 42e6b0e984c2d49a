import { z } from 'zod';
import { tell } from '../shared/language';
import { publicKeySchema } from './keys';

/**
 * The practice database (`caio-practice`) on the server: one document per consultant,
 * `consultant:<user name>`, with their public keys (one per device, published by their app) and the
 * clients assigned to them (written by the practice owner). Its members are the practice's consultants;
 * its design document lets a consultant change only the keys of their own document, and the owner (a
 * server admin) everything. The names of clients are not in it: ids only.
 */

export const PRACTICE_DATABASE = 'caio-practice';
export const consultantDocId = (name: string) => `consultant:${name}`;

export const consultantDocSchema = z.object({
  _id: z.string(),
  _rev: z.string().optional(),
  type: z.literal('consultant'),
  name: z.string().min(1),
  keys: z.array(publicKeySchema).max(20),
  clients: z.array(z.string().min(1).max(200)).max(1000),
});
export type ConsultantDoc = z.infer<typeof consultantDocSchema>;

/** The server-side rule of the practice database (CouchDB `validate_doc_update`). */
export const PRACTICE_VALIDATION = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (newDoc._id !== 'consultant:' + userCtx.name || !oldDoc || newDoc._deleted)
    throw({ forbidden: 'Only the practice owner changes this.' });
  if (newDoc.name !== oldDoc.name || JSON.stringify(newDoc.clients) !== JSON.stringify(oldDoc.clients))
    throw({ forbidden: 'Only the practice owner assigns clients.' });
}`;

/** The consultants assigned to a client, by name. */
export function membersOf(consultants: readonly ConsultantDoc[], clientId: string): string[] {
  return consultants
    .filter((c) => c.clients.includes(clientId))
    .map((c) => c.name)
    .sort();
}

/** A new consultant's user name and first password, checked per field (null: fine). */
export function checkNewConsultant(
  name: string,
  password: string,
  existing: readonly string[],
): { field: 'name' | 'password'; message: string } | null {
  if (!/^[a-z0-9][a-z0-9._-]{0,59}$/.test(name))
    return {
      field: 'name',
      message: tell(
        'Use lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.',
      ),
    };
  if (existing.includes(name)) return { field: 'name', message: tell('This consultant exists already.') };
  if (password.length < 10) return { field: 'password', message: tell('Use at least 10 characters.') };
  return null;
}
