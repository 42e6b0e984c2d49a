import { z } from 'zod';

/**
 * The backup file format (documented in README, "Backup file format"). One JSON file holds either the
 * whole workspace (`kind: "workspace"`) or one client's handover bundle (`kind: "client"`).
 * Records are stored per table, exactly as the database holds them; values JSON cannot express
 * (dates, binary data, non-finite numbers) are written as tagged objects (see `encoding.ts`).
 */

export const BACKUP_FORMAT = 'caio-desk-backup';
/** Raise when the file layout changes; older readers refuse newer files with a clear message. */
export const BACKUP_FORMAT_VERSION = 1;
/** Largest file an import reads (checked before parsing). Logos are at most 512 KB each, so this is ample. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
export const CHECKSUM_ALGORITHM = 'SHA-256';
/** Suggested file extension: still plain JSON, but recognisable. */
export const BACKUP_EXTENSION = 'json';

export const BACKUP_KINDS = ['workspace', 'client'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A record as stored: an object whose primary key is a string (or a number for auto-increment tables). */
export type StoredRecord = Record<string, unknown>;
export type TableRecords = Record<string, StoredRecord[]>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  kind: BackupKind;
  /** Version of CAIO Desk that wrote the file (informational). */
  appVersion: string;
  /** Database schema version the records were written with (Dexie `verno`). */
  schemaVersion: number;
  createdAt: string;
  /** For a client bundle: the client it holds; null for a workspace backup. */
  clientId: string | null;
  /** The Dexie store definitions of that schema version (so older files can be migrated). */
  stores: Record<string, string>;
  /** Encoded records per table name. */
  tables: Record<string, unknown[]>;
  checksum: { algorithm: typeof CHECKSUM_ALGORITHM; value: string };
}

const storeSpec = z
  .string()
  .max(500)
  .regex(/^[\w$&+*[\]\s,.-]*$/, 'Store definitions may only name fields and indexes');

/** The header fields, checked before anything else is looked at. */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  kind: z.enum(BACKUP_KINDS),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  clientId: z.string().min(1).max(200).nullable(),
  stores: z.record(z.string().regex(/^[A-Za-z_$][\w$]{0,63}$/), storeSpec),
  tables: z.record(z.string(), z.array(z.unknown())),
  checksum: z.object({ algorithm: z.literal(CHECKSUM_ALGORITHM), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});

/**
 * The fields the checksum covers, in a fixed order (the checksum itself excluded). `tablesText`: the tables
 * already written out as JSON (the same text `JSON.stringify(file.tables)` gives).
 */
export function checksumPayload(file: Omit<BackupFile, 'checksum'>, tablesText?: string): string {
  return checksumPayloadParts(file, tablesText).join('');
}

/** The same payload in three parts (header, tables, end), to be hashed without joining them (`sha256HexOfParts`). */
export function checksumPayloadParts(file: Omit<BackupFile, 'checksum'>, tablesText?: string): string[] {
  const header = JSON.stringify([
    file.format,
    file.formatVersion,
    file.kind,
    file.appVersion,
    file.schemaVersion,
    file.createdAt,
    file.clientId,
    file.stores,
  ]);
  return [`${header.slice(0, -1)},`, tablesText ?? JSON.stringify(file.tables), ']'];
}

/** A file size, its number written for `locale` ("100.0 MB", nl-NL "100,0 MB"). */
export function formatBytes(bytes: number, locale = 'en-GB'): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${megabytes.format(bytes / (1024 * 1024))} MB`;
}
