import { browserPlatform } from './browser';
import { API_GLOBAL, type PlatformApi } from './contract';

/** The shell API for this run: the Electron preload's when present, else the browser implementation. */
export const platform: PlatformApi =
  (globalThis as unknown as Record<string, PlatformApi | undefined>)[API_GLOBAL] ?? browserPlatform;
