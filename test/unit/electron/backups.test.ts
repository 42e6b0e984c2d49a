import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoBackupDir, listAutoBackups, readAutoBackup, writeAutoBackup } from '../../../electron/backups';
import { createIpcHandlers, type IpcDeps } from '../../../electron/ipc';
import { IPC } from '../../../src/platform/contract';
import { sealBackup } from '../../../src/domain/backup';
import { sealVaultBackup, VAULT_BACKUP_FORMAT } from '../../../src/domain/vault/vaultBackupFile';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'caio-backups-'));

/** A real sealed workspace backup (the main process refuses anything else). */
async function backupJson(note: string, kind: 'workspace' | 'client' = 'workspace'): Promise<string> {
  const file = await sealBackup({
    format: 'caio-desk-backup',
    formatVersion: 1,
    kind,
    appVersion: 'test',
    schemaVersion: 1,
    createdAt: '2026-05-01T08:00:00.000Z',
    clientId: kind === 'client' ? 'c1' : null,
    stores: { settings: 'key' },
    tables: { settings: [{ key: 'note', value: note }] },
  });
  return JSON.stringify(file);
}

describe('automatic backups on disk', () => {
  it('writes, lists newest first and reads back', async () => {
    const dir = path.join(await tempDir(), 'backups');
    expect(await listAutoBackups(dir)).toEqual([]);
    const a = await backupJson('a');
    const first = (await writeAutoBackup(dir, a, 'daily', new Date('2026-05-01T08:00:00Z')))!;
    const second = (await writeAutoBackup(
      dir,
      await backupJson('ü'),
      'before-import',
      new Date('2026-05-02T08:00:00Z'),
    ))!;
    expect(second).toMatchObject({
      name: 'caio-desk-auto-2026-05-02T08-00-00-000Z-before-import.json',
      createdAt: '2026-05-02T08:00:00.000Z',
      reason: 'before-import',
    });
    expect((await listAutoBackups(dir)).map((e) => e.name)).toEqual([second.name, first.name]);
    expect(await readAutoBackup(dir, first.name)).toBe(a);
    expect((await readdir(dir)).some((n) => n.endsWith('.partial'))).toBe(false);
  });

  it('never overwrites a backup made in the same millisecond', async () => {
    const dir = await tempDir();
    const now = new Date('2026-05-01T08:00:00Z');
    const one = await backupJson('1');
    const a = (await writeAutoBackup(dir, one, 'before-import', now))!;
    const b = (await writeAutoBackup(dir, await backupJson('2'), 'before-import', now))!;
    expect(a.name).not.toBe(b.name);
    expect(await readAutoBackup(dir, a.name)).toBe(one);
  });

  it('keeps the newest 14 and leaves other files alone', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'my-notes.txt'), 'keep me');
    for (let day = 1; day <= 17; day++)
      await writeAutoBackup(dir, await backupJson(`day ${day}`), 'daily', new Date(Date.UTC(2026, 4, day)));
    const listed = await listAutoBackups(dir);
    expect(listed).toHaveLength(14);
    expect(listed.at(-1)!.createdAt).toBe('2026-05-04T00:00:00.000Z');
    expect(await readFile(path.join(dir, 'my-notes.txt'), 'utf8')).toBe('keep me');
  });

  it('deletes the plain backups once an encrypted workspace has written its own', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'my-notes.txt'), 'keep me');
    for (let day = 1; day <= 3; day++)
      await writeAutoBackup(dir, await backupJson(`day ${day}`), 'daily', new Date(Date.UTC(2026, 4, day)));
    const sealed = JSON.stringify(
      await sealVaultBackup({
        format: VAULT_BACKUP_FORMAT,
        formatVersion: 1,
        appVersion: 'test',
        schemaVersion: 1,
        createdAt: '2026-05-04T08:00:00.000Z',
        stores: { settings: 'key' },
        tables: { settings: [] },
      }),
    );
    const vault = (await writeAutoBackup(dir, sealed, 'before-vault', new Date('2026-05-04T08:00:00Z')))!;
    expect((await listAutoBackups(dir)).map((e) => e.name)).toEqual([vault.name]);
    expect(await readFile(path.join(dir, 'my-notes.txt'), 'utf8')).toBe('keep me');
    const next = (await writeAutoBackup(dir, sealed, 'daily', new Date('2026-05-05T08:00:00Z')))!;
    expect((await listAutoBackups(dir)).map((e) => e.name)).toEqual([next.name, vault.name]);
  });

  it('refuses what is not a sealed workspace backup, checked in the main process', async () => {
    const dir = await tempDir();
    const now = new Date('2026-05-01T08:00:00Z');
    await expect(writeAutoBackup(dir, '{"a":1}', 'daily', now)).rejects.toThrow(/Not a CAIO Desk backup/);
    await expect(
      writeAutoBackup(dir, (await backupJson('x')).replace('"x"', '"y"'), 'daily', now),
    ).rejects.toThrow(/checksum does not match/);
    await expect(writeAutoBackup(dir, await backupJson('x', 'client'), 'daily', now)).rejects.toThrow(
      /whole workspace/,
    );
    expect(await listAutoBackups(dir)).toEqual([]);
  });

  it('is rate-limited, and junk writes cannot rotate the daily backups away', async () => {
    const dir = await tempDir();
    for (let day = 1; day <= 7; day++)
      await writeAutoBackup(
        dir,
        await backupJson(`day ${day}`),
        'daily',
        new Date(Date.UTC(2026, 4, day, 9)),
      );
    const json = await backupJson('junk');
    const later = new Date(Date.UTC(2026, 4, 7, 12));
    expect(await writeAutoBackup(dir, json, 'daily', later)).toBeNull(); // one daily backup a day
    for (let i = 0; i < 4; i++)
      expect(
        await writeAutoBackup(dir, json, 'before-import', new Date(later.getTime() + i * 60_000)),
      ).not.toBeNull();
    expect(
      await writeAutoBackup(dir, json, 'before-import', new Date(later.getTime() + 5 * 60_000)),
    ).toBeNull(); // four an hour
    // Hours of junk, within the limits: the seven daily backups stay.
    for (let hour = 1; hour <= 6; hour++)
      for (let i = 0; i < 4; i++)
        await writeAutoBackup(
          dir,
          json,
          'before-restore',
          new Date(later.getTime() + hour * 3_600_000 + i * 60_000),
        );
    const listed = await listAutoBackups(dir);
    expect(listed.filter((e) => e.reason === 'daily')).toHaveLength(7);
    expect(listed.length).toBeLessThanOrEqual(14 + 7);
  });

  it('a flood of every kind for hours leaves the seven newest daily backups', async () => {
    const dir = await tempDir();
    for (let day = 1; day <= 7; day++)
      await writeAutoBackup(
        dir,
        await backupJson(`day ${day}`),
        'daily',
        new Date(Date.UTC(2026, 4, day, 9)),
      );
    const dailyBefore = (await listAutoBackups(dir)).map((e) => e.name);
    const json = await backupJson('junk');
    const start = Date.UTC(2026, 4, 7, 10);
    let accepted = 0;
    for (let minute = 0; minute < 6 * 60; minute += 10) {
      for (const reason of [
        'daily',
        'before-import',
        'before-restore',
        'before-migration',
        'before-vault',
      ] as const) {
        if (await writeAutoBackup(dir, json, reason, new Date(start + minute * 60_000))) accepted++;
      }
    }
    expect(accepted).toBe(6 * 4); // four an hour in all, no extra daily one
    const listed = await listAutoBackups(dir);
    expect(listed.filter((e) => e.reason === 'daily').map((e) => e.name)).toEqual(dailyBefore);
    expect(listed).toHaveLength(14 + 7); // the newest 14 (the flood) and the protected daily ones beyond them
  }, 20_000); // 180 checked writes: generous for a busy machine

  it('refuses to read anything but a listed backup name', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'secret.json'), '{}');
    for (const name of [
      'secret.json',
      '../secret.json',
      '/etc/passwd',
      'caio-desk-auto-2026-05-01T08-00-00-000Z-daily.json/../../x',
    ]) {
      await expect(readAutoBackup(dir, name)).rejects.toThrow();
    }
  });

  it('lives in the app data folder', () => {
    expect(autoBackupDir('/home/me/.config/CAIO Desk')).toBe(
      path.join('/home/me/.config/CAIO Desk', 'backups'),
    );
  });
});

describe('automatic backup IPC', () => {
  async function handlers() {
    const dir = await tempDir();
    const deps = { autoBackupDir: () => dir } as Partial<IpcDeps> as IpcDeps;
    return { dir, h: createIpcHandlers(deps) };
  }

  it('writes and reads through validated requests', async () => {
    const { h } = await handlers();
    const json = await backupJson('ok');
    const entry = (await h[IPC.writeAutoBackup]({ reason: 'before-restore', json })) as { name: string };
    expect(await h[IPC.listAutoBackups](undefined)).toHaveLength(1);
    expect(await h[IPC.readAutoBackup](entry.name)).toBe(json);
    await expect(h[IPC.writeAutoBackup]({ reason: 'daily', json: '{"ok":true}' })).rejects.toThrow(
      /Not a CAIO Desk backup/,
    );
  });

  it.each([
    [undefined],
    [{ reason: 'weekly', json: '{}' }],
    [{ reason: 'daily' }],
    [{ reason: 'daily', json: 42 }],
    ['{}'],
  ])('rejects a malformed write %j', async (arg) => {
    const { h } = await handlers();
    await expect(h[IPC.writeAutoBackup](arg)).rejects.toThrow('Invalid backup request');
  });

  it.each([['../../etc/passwd'], ['secret.json'], [{ name: 'x' }], [undefined]])(
    'rejects reading %j',
    async (arg) => {
      const { h } = await handlers();
      await expect(h[IPC.readAutoBackup](arg)).rejects.toThrow('Invalid backup name');
    },
  );
});
