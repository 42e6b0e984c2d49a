import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoBackupDir, listAutoBackups, readAutoBackup, writeAutoBackup } from '../../../electron/backups';
import { createIpcHandlers, type IpcDeps } from '../../../electron/ipc';
import { IPC } from '../../../src/platform/contract';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'caio-backups-'));

describe('automatic backups on disk', () => {
  it('writes, lists newest first and reads back', async () => {
    const dir = path.join(await tempDir(), 'backups');
    expect(await listAutoBackups(dir)).toEqual([]);
    const first = await writeAutoBackup(dir, '{"a":1}', 'daily', new Date('2026-05-01T08:00:00Z'));
    const second = await writeAutoBackup(dir, '{"b":"ü"}', 'before-import', new Date('2026-05-02T08:00:00Z'));
    expect(second).toEqual({ name: 'caio-desk-auto-2026-05-02T08-00-00-000Z-before-import.json', createdAt: '2026-05-02T08:00:00.000Z', reason: 'before-import', sizeBytes: 10 });
    expect((await listAutoBackups(dir)).map((e) => e.name)).toEqual([second.name, first.name]);
    expect(await readAutoBackup(dir, first.name)).toBe('{"a":1}');
    expect((await readdir(dir)).some((n) => n.endsWith('.partial'))).toBe(false);
  });

  it('never overwrites a backup made in the same millisecond', async () => {
    const dir = await tempDir();
    const now = new Date('2026-05-01T08:00:00Z');
    const a = await writeAutoBackup(dir, '1', 'daily', now);
    const b = await writeAutoBackup(dir, '2', 'daily', now);
    expect(a.name).not.toBe(b.name);
    expect(await readAutoBackup(dir, a.name)).toBe('1');
  });

  it('keeps the newest 14 and leaves other files alone', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'my-notes.txt'), 'keep me');
    for (let day = 1; day <= 17; day++) await writeAutoBackup(dir, `{"day":${day}}`, 'daily', new Date(Date.UTC(2026, 4, day)));
    const listed = await listAutoBackups(dir);
    expect(listed).toHaveLength(14);
    expect(listed.at(-1)!.createdAt).toBe('2026-05-04T00:00:00.000Z');
    expect(await readFile(path.join(dir, 'my-notes.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses to read anything but a listed backup name', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'secret.json'), '{}');
    for (const name of ['secret.json', '../secret.json', '/etc/passwd', 'caio-desk-auto-2026-05-01T08-00-00-000Z-daily.json/../../x']) {
      await expect(readAutoBackup(dir, name)).rejects.toThrow();
    }
  });

  it('lives in the app data folder', () => {
    expect(autoBackupDir('/home/me/.config/CAIO Desk')).toBe(path.join('/home/me/.config/CAIO Desk', 'backups'));
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
    const entry = (await h[IPC.writeAutoBackup]({ reason: 'before-restore', json: '{"ok":true}' })) as { name: string };
    expect(await h[IPC.listAutoBackups](undefined)).toHaveLength(1);
    expect(await h[IPC.readAutoBackup](entry.name)).toBe('{"ok":true}');
  });

  it.each([[undefined], [{ reason: 'weekly', json: '{}' }], [{ reason: 'daily' }], [{ reason: 'daily', json: 42 }], ['{}']])('rejects a malformed write %j', async (arg) => {
    const { h } = await handlers();
    await expect(h[IPC.writeAutoBackup](arg)).rejects.toThrow('Invalid backup request');
  });

  it.each([['../../etc/passwd'], ['secret.json'], [{ name: 'x' }], [undefined]])('rejects reading %j', async (arg) => {
    const { h } = await handlers();
    await expect(h[IPC.readAutoBackup](arg)).rejects.toThrow('Invalid backup name');
  });
});
