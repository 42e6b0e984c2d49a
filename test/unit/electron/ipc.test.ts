import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, registerIpcHandlers, type IpcDeps } from '../../../electron/ipc';
import { IPC } from '../../../src/platform/contract';
import { isAppUrl } from '../../../electron/security';

function fakeDeps(overrides: Partial<IpcDeps> = {}): IpcDeps & { written: [string, unknown][] } {
  const written: [string, unknown][] = [];
  return {
    written,
    appInfo: () => ({ name: 'CAIO Desk', version: '1.0.0', platform: 'desktop' }),
    chooseSavePath: async (name) => `/home/me/Documents/${name}`,
    writeFile: async (p, data) => void written.push([p, data]),
    renderPdf: async () => new Uint8Array([37, 80, 68, 70]),
    openExternal: vi.fn(async () => undefined),
    autoBackupDir: () => '/nonexistent/caio-desk-test/backups',
    ...overrides,
  };
}

describe('IPC handlers validate their arguments', () => {
  it('saves a valid file where the user chose', async () => {
    const deps = fakeDeps();
    const result = await createIpcHandlers(deps)[IPC.saveFile]({
      suggestedName: 'export.csv',
      data: 'a,b',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(result).toEqual({ saved: true, location: '/home/me/Documents/export.csv' });
    expect(deps.written).toEqual([['/home/me/Documents/export.csv', 'a,b']]);
  });

  it('reports a cancelled dialog and a failed write without throwing', async () => {
    expect(
      await createIpcHandlers(fakeDeps({ chooseSavePath: async () => null }))[IPC.saveFile]({
        suggestedName: 'a.csv',
        data: 'x',
      }),
    ).toEqual({ saved: false, reason: 'cancelled' });
    const failing = fakeDeps({ writeFile: async () => Promise.reject(new Error('disk full')) });
    expect(await createIpcHandlers(failing)[IPC.saveFile]({ suggestedName: 'a.csv', data: 'x' })).toEqual({
      saved: false,
      reason: 'failed',
      message: 'disk full',
    });
  });

  it.each([
    [undefined],
    ['a string'],
    [{ suggestedName: '../../etc/passwd', data: 'x' }],
    [{ suggestedName: 'ok.csv', data: 42 }],
    [{ suggestedName: '', data: 'x' }],
    [{ suggestedName: 'a.csv', data: 'x', filters: [{ name: 'Evil', extensions: ['../sh'] }] }],
  ])('rejects a malformed save request %j', async (arg) => {
    await expect(createIpcHandlers(fakeDeps())[IPC.saveFile](arg)).rejects.toThrow('Invalid save request');
  });

  it('prints only in-app print routes', async () => {
    const handlers = createIpcHandlers(fakeDeps());
    expect(
      await handlers[IPC.printToPdf]({ suggestedName: 'report.pdf', route: '#/print/report/abc-123' }),
    ).toMatchObject({ saved: true });
    for (const route of ['https://evil.example', '#/print/../../x', 'javascript:alert(1)', '#/clients/1']) {
      await expect(handlers[IPC.printToPdf]({ suggestedName: 'r.pdf', route })).rejects.toThrow(
        'Invalid print request',
      );
    }
  });

  it('opens only safe http(s) links externally', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    expect(await handlers[IPC.openExternal]('https://example.com/')).toBe(true);
    expect(await handlers[IPC.openExternal]('file:///bin/sh')).toBe(false);
    expect(await handlers[IPC.openExternal]({ url: 'https://example.com' })).toBe(false);
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
  });

  it('rewrites the menu only in a language the app has', async () => {
    const setMenuLanguage = vi.fn();
    const handlers = createIpcHandlers(fakeDeps({ setMenuLanguage }));
    await handlers[IPC.setMenuLanguage]('nl');
    await expect(handlers[IPC.setMenuLanguage]('fr')).rejects.toThrow('Invalid menu language');
    await expect(handlers[IPC.setMenuLanguage]({ lang: 'nl' })).rejects.toThrow('Invalid menu language');
    expect(setMenuLanguage.mock.calls).toEqual([['nl']]);
  });
});

describe('IPC sender validation', () => {
  it('answers only the app page', async () => {
    const registered = new Map<string, (event: unknown, arg: unknown) => unknown>();
    const ipcMain = {
      handle: (channel: string, fn: (event: unknown, arg: unknown) => unknown) => registered.set(channel, fn),
    };
    registerIpcHandlers(ipcMain as never, fakeDeps(), isAppUrl);
    expect([...registered.keys()].sort()).toEqual(
      [
        IPC.appInfo,
        IPC.openExternal,
        IPC.printToPdf,
        IPC.saveFile,
        IPC.listAutoBackups,
        IPC.writeAutoBackup,
        IPC.readAutoBackup,
        IPC.rememberVaultKey,
        IPC.recallVaultKey,
        IPC.forgetVaultKey,
        IPC.allowSyncOrigin,
        IPC.allowHandoverOrigin,
        IPC.setMenuLanguage,
      ].sort(),
    );
    const info = registered.get(IPC.appInfo)!;
    await expect(
      info({ senderFrame: { url: 'app://caio-desk/index.html' } }, undefined),
    ).resolves.toMatchObject({ name: 'CAIO Desk' });
    expect(() => info({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toThrow(
      'Untrusted IPC sender',
    );
    expect(() => info({ senderFrame: null }, undefined)).toThrow('Untrusted IPC sender');
  });
});
