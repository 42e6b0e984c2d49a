import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BOUNDS,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../../electron/windowState';
import { buildMenuTemplate } from '../../../electron/menu';

const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('round-trips through a file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'caio-ws-'));
    await saveWindowState(dir, { x: 100, y: 80, width: 1200, height: 800, maximized: false });
    expect(await loadWindowState(dir, laptop)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('uses defaults when the file is missing or corrupt', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'caio-ws-'));
    expect(await loadWindowState(dir, laptop)).toEqual({ ...DEFAULT_BOUNDS, maximized: false });
    await writeFile(path.join(dir, 'window-state.json'), '{"width": "huge"');
    expect(await loadWindowState(dir, laptop)).toEqual({ ...DEFAULT_BOUNDS, maximized: false });
    expect(parseWindowState('{"width":50,"height":50}')).toBeNull();
  });

  it('drops a position on a monitor that is gone and caps the size', () => {
    expect(fitToDisplays({ x: 2500, y: 100, width: 3000, height: 900, maximized: false }, laptop)).toEqual({
      width: 1920,
      height: 900,
      maximized: false,
    });
    expect(
      fitToDisplays({ x: 2500, y: 100, width: 1000, height: 700, maximized: true }, [
        ...laptop,
        { x: 1920, y: 0, width: 2560, height: 1440 },
      ]),
    ).toMatchObject({ x: 2500, y: 100 });
  });

  it('writes atomically (no temp file left behind)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'caio-ws-'));
    await saveWindowState(dir, { width: 1000, height: 700, maximized: true });
    expect(JSON.parse(await readFile(path.join(dir, 'window-state.json'), 'utf8'))).toMatchObject({
      maximized: true,
    });
    await expect(readFile(path.join(dir, 'window-state.json.tmp'))).rejects.toThrow();
  });
});

describe('application menu', () => {
  it('has File, Edit, View, Window and Help with the app commands', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({
      send: (c) => sent.push(c),
      openExternal: () => undefined,
      isMac: false,
      isDev: false,
      appName: 'CAIO Desk',
      language: 'en',
    });
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
    const file = template[0].submenu as { label?: string; accelerator?: string; click?: () => void }[];
    file.find((i) => i.label === 'Switch Client…')!.click!();
    file.find((i) => i.label === 'New Client…')!.click!();
    expect(sent).toEqual(['switch-client', 'new-client']);
    const view = template[2].submenu as { role?: string }[];
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
  it('adds the app menu on macOS and dev tools in development', () => {
    const template = buildMenuTemplate({
      send: () => undefined,
      openExternal: () => undefined,
      isMac: true,
      isDev: true,
      appName: 'CAIO Desk',
      language: 'en',
    });
    expect(template[0].label).toBe('CAIO Desk');
    expect((template[3].submenu as { role?: string }[]).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
  it('writes its own items in the interface language (the OS names the standard ones)', () => {
    const template = buildMenuTemplate({
      send: () => undefined,
      openExternal: () => undefined,
      isMac: false,
      isDev: false,
      appName: 'CAIO Desk',
      language: 'nl',
    });
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'Bestand',
      'editMenu',
      'Weergave',
      'windowMenu',
      'help',
    ]);
    const labels = (template[0].submenu as { label?: string }[]).map((i) => i.label).filter(Boolean);
    expect(labels).toEqual(['Nieuwe klant…', 'Andere klant…', 'Alle klanten']);
    expect((template[4].submenu as { label?: string }[]).map((i) => i.label)).toEqual([
      'Sneltoetsen',
      'AI-verordening naslag (web)',
    ]);
  });
});
