import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, IPC, PLATFORM_API_KEYS } from '../../../src/platform/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => 'ok');
const listeners = new Map<string, (event: unknown, arg: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, fn: (event: unknown, arg: unknown) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    await import('../../../electron/preload');
  });

  it('exposes exactly the allowed named functions, nothing generic', () => {
    expect(Object.keys(exposed)).toEqual([API_GLOBAL]);
    const api = exposed[API_GLOBAL] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...PLATFORM_API_KEYS].sort());
    for (const key of Object.keys(api)) expect(typeof api[key]).toBe('function');
    for (const forbidden of ['send', 'invoke', 'on', 'ipcRenderer', 'process', 'env', 'require'])
      expect(api).not.toHaveProperty(forbidden);
  });

  it('calls only the fixed channels', async () => {
    const api = exposed[API_GLOBAL] as {
      saveFile(r: unknown): Promise<unknown>;
      appInfo(): Promise<unknown>;
    };
    await api.saveFile({ suggestedName: 'a.csv', data: 'x' });
    await api.appInfo();
    expect(invoke.mock.calls.map((call) => (call as unknown[])[0])).toEqual([IPC.saveFile, IPC.appInfo]);
  });

  it('passes on only known menu commands', () => {
    const api = exposed[API_GLOBAL] as { onMenuCommand(fn: (c: string) => void): () => void };
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((c) => received.push(c));
    const deliver = listeners.get(IPC.menuCommand)!;
    deliver({}, 'switch-client');
    deliver({}, 'rm -rf /');
    deliver({}, { command: 'new-client' });
    expect(received).toEqual(['switch-client']);
    unsubscribe();
    expect(listeners.has(IPC.menuCommand)).toBe(false);
  });
});
