import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { WindowBounds } from './windowOptions';

/** Remembers the main window's size and position between launches. Plain functions, tested in Node. */

export const DEFAULT_BOUNDS: WindowBounds = { width: 1360, height: 860 };
const FILE_NAME = 'window-state.json';

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof stateSchema>;

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Keeps a saved window on a screen that still exists: if its top-left corner is on no display
 * (monitor unplugged), the position is dropped and the OS centres it; the size is capped to the
 * largest display.
 */
export function fitToDisplays(state: WindowState, displays: DisplayArea[]): WindowState {
  if (displays.length === 0) return state;
  const maxWidth = Math.max(...displays.map((d) => d.width));
  const maxHeight = Math.max(...displays.map((d) => d.height));
  const fitted = {
    ...state,
    width: Math.min(state.width, maxWidth),
    height: Math.min(state.height, maxHeight),
  };
  if (state.x === undefined || state.y === undefined) return fitted;
  const { x, y } = state;
  const visible = displays.some(
    (d) => x >= d.x - 50 && y >= d.y - 10 && x < d.x + d.width - 100 && y < d.y + d.height - 100,
  );
  return visible ? fitted : { width: fitted.width, height: fitted.height, maximized: fitted.maximized };
}

export function parseWindowState(text: string): WindowState | null {
  try {
    const result = stateSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export async function loadWindowState(dir: string, displays: DisplayArea[]): Promise<WindowState> {
  try {
    const parsed = parseWindowState(await fs.readFile(path.join(dir, FILE_NAME), 'utf8'));
    if (parsed) return fitToDisplays(parsed, displays);
  } catch {
    // No saved state yet: use defaults.
  }
  return { ...DEFAULT_BOUNDS, maximized: false };
}

/** Writes atomically (temp file then rename) so a crash never leaves a half-written file. */
export async function saveWindowState(dir: string, state: WindowState): Promise<void> {
  const target = path.join(dir, FILE_NAME);
  const temp = `${target}.tmp`;
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(temp, JSON.stringify(stateSchema.parse(state)), 'utf8');
  await fs.rename(temp, target);
}
