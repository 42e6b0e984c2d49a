import { describe, expect, it } from 'vitest';
import {
  autoBackupFileName,
  backupsToDelete,
  handoverFileNames,
  isBackupReminderDue,
  isDailyBackupDue,
  parseAutoBackupName,
  workspaceBackupFileName,
} from '../../../../src/domain/backup';
import { fileSlug } from '../../../../src/domain/shared/fileName';

const at = (iso: string) => new Date(iso);

describe('automatic backup names', () => {
  it('are sortable, safe and parse back', () => {
    const name = autoBackupFileName(at('2026-05-01T09:30:00.000Z'), 'before-import');
    expect(name).toBe('caio-desk-auto-2026-05-01T09-30-00-000Z-before-import.json');
    expect(name).not.toMatch(/[:\\/]/);
    expect(parseAutoBackupName(name)).toEqual({
      createdAt: '2026-05-01T09:30:00.000Z',
      reason: 'before-import',
    });
  });

  it('ignore every other file', () => {
    for (const name of [
      'notes.txt',
      'caio-desk-auto-2026-05-01T09-30-00-000Z-weekly.json',
      '../caio-desk-auto-2026-05-01T09-30-00-000Z-daily.json',
      'caio-desk-auto-2026-13-45T09-30-00-000Z-daily.json',
    ]) {
      expect(parseAutoBackupName(name)).toBeNull();
    }
  });
});

describe('rotation', () => {
  it('keeps the newest 14 and never lists foreign files', () => {
    const names = Array.from({ length: 20 }, (_, i) =>
      autoBackupFileName(new Date(Date.UTC(2026, 0, 1 + i)), i % 3 === 0 ? 'before-restore' : 'daily'),
    );
    const toDelete = backupsToDelete([...names, 'my-own-file.json'], 14);
    expect(toDelete).toHaveLength(6);
    expect(toDelete.sort()).toEqual(names.slice(0, 6).sort());
    expect(toDelete).not.toContain('my-own-file.json');
    expect(backupsToDelete(names.slice(0, 3), 14)).toEqual([]);
    expect(backupsToDelete(names, 0)).toHaveLength(19);
  });
});

describe('scheduling', () => {
  const now = at('2026-05-02T12:00:00Z');
  it('makes a daily backup when none was made in the last 24 hours', () => {
    expect(isDailyBackupDue(null, now)).toBe(true);
    expect(isDailyBackupDue('2026-05-01T12:00:01Z', now)).toBe(false);
    expect(isDailyBackupDue('2026-05-01T11:59:59Z', now)).toBe(true);
    expect(isDailyBackupDue('2027-01-01T00:00:00Z', now)).toBe(true);
  });

  it('reminds a browser user after a week without a backup', () => {
    const base = {
      lastBackupAt: null,
      dataSince: '2026-04-20T00:00:00Z',
      snoozedUntil: null,
      hasData: true,
      now,
    };
    expect(isBackupReminderDue(base)).toBe(true);
    expect(isBackupReminderDue({ ...base, hasData: false })).toBe(false);
    expect(isBackupReminderDue({ ...base, dataSince: '2026-04-30T00:00:00Z' })).toBe(false);
    expect(isBackupReminderDue({ ...base, lastBackupAt: '2026-04-28T00:00:00Z' })).toBe(false);
    expect(isBackupReminderDue({ ...base, lastBackupAt: '2026-04-25T11:00:00Z' })).toBe(true);
    expect(isBackupReminderDue({ ...base, snoozedUntil: '2026-05-03T00:00:00Z' })).toBe(false);
  });
});

describe('file names', () => {
  it('are readable and portable', () => {
    expect(fileSlug('Van Dijk & Partners Accountants')).toBe('van-dijk-partners-accountants');
    expect(fileSlug('Ålesund Ferries ⛴')).toBe('alesund-ferries');
    expect(fileSlug('***')).toBe('client');
    expect(workspaceBackupFileName(at('2026-05-02T12:00:00Z'))).toBe('caio-desk-backup-2026-05-02.json');
    expect(handoverFileNames('Brightside Staffing', at('2026-05-02T12:00:00Z'))).toEqual({
      data: 'brightside-staffing-handover-2026-05-02.json',
      document: 'brightside-staffing-handover-2026-05-02.html',
    });
  });
});
