import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  parseBackupText,
  sealBackupText,
  type BackupFile,
} from '../../../../src/domain/backup';

const content: Omit<BackupFile, 'checksum'> = {
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  kind: 'workspace',
  appVersion: '1.0.0',
  schemaVersion: 3,
  createdAt: '2026-05-01T10:00:00.000Z',
  clientId: null,
  stores: { clients: 'id' },
  tables: { clients: [{ id: 'c1', name: 'Acme “Labs”', note: 'naïve 日本' }] },
};

describe('sealing and checking a backup text', () => {
  it('writes exactly JSON.stringify of the sealed file, which reads back', async () => {
    const { file, text } = await sealBackupText(content);
    expect(text).toBe(JSON.stringify(file));
    const read = await parseBackupText(text, { currentSchemaVersion: 3 });
    expect(read.ok && read.value.tables).toEqual(content.tables);
  });

  it('accepts the same file laid out with spaces, and refuses one whose records changed', async () => {
    const { file, text } = await sealBackupText(content);
    expect((await parseBackupText(JSON.stringify(file, null, 2), { currentSchemaVersion: 3 })).ok).toBe(true);
    const changed = await parseBackupText(text.replace('Acme', 'Acne'), { currentSchemaVersion: 3 });
    expect(changed.ok ? [] : changed.problems.map((p) => p.code)).toEqual(['bad-checksum']);
  });
});
