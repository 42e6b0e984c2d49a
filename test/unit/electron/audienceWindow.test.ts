import { describe, expect, it } from 'vitest';
import {
  audienceWindowPlacement,
  isAppUrl,
  isAudienceWindowUrl,
  isDevServerUrl,
  isPermissionAllowed,
} from '../../../electron/security';
import { audienceWindowOptions } from '../../../electron/windowOptions';

describe('audience window (workshop projector view)', () => {
  it.each([
    ['app://caio-desk/index.html#/present/workshop/3f2a9c1e-aaaa-4bbb-8ccc-123456789abc', true],
    ['app://caio-desk/#/present/workshop/demo-ws-vandijk-ideation', true],
    ['app://caio-desk/index.html#/clients/1', false],
    ['app://caio-desk/index.html#/print/report/abc', false],
    ['app://caio-desk/index.html#/present/workshop/', false],
    ['app://caio-desk/index.html#/present/workshop/abc/../../clients', false],
    ['app://caio-desk/index.html?x=1#/present/workshop/abc', false],
    ['app://caio-desk/other.html#/present/workshop/abc', false],
    ['app://evil/index.html#/present/workshop/abc', false],
    ['https://caio-desk/index.html#/present/workshop/abc', false],
    ['http://localhost:5173/#/present/workshop/abc', false],
    ['javascript:alert(1)//#/present/workshop/abc', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAudienceWindowUrl(url)).toBe(expected);
  });

  it('allows the dev server only when the caller trusts it', () => {
    const trusted = (url: string) => isAppUrl(url) || isDevServerUrl(url, 'http://localhost:5173');
    expect(isAudienceWindowUrl('http://localhost:5173/#/present/workshop/abc', trusted)).toBe(true);
    expect(isAudienceWindowUrl('http://localhost:5174/#/present/workshop/abc', trusted)).toBe(false);
  });

  it('opens full screen on the other display when there is one, else as a 16:9 window on the same display', () => {
    const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
    const projector = { x: 1920, y: 0, width: 1280, height: 800 };
    expect(
      audienceWindowPlacement([laptop, projector], { x: 100, y: 100, width: 1200, height: 800 }),
    ).toEqual({ bounds: projector, fullscreen: true });
    expect(
      audienceWindowPlacement([laptop, projector], { x: 2000, y: 50, width: 1000, height: 700 }),
    ).toEqual({ bounds: laptop, fullscreen: true });
    expect(audienceWindowPlacement([laptop], { x: 100, y: 100, width: 1200, height: 800 })).toEqual({
      bounds: { x: 320, y: 180, width: 1280, height: 720 },
      fullscreen: false,
    });
    expect(audienceWindowPlacement([{ x: 0, y: 0, width: 1024, height: 500 }], null).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 500,
    });
  });

  it('is as locked down as the main window', () => {
    const options = audienceWindowOptions('/p.cjs', {
      bounds: { x: 0, y: 0, width: 1280, height: 720 },
      fullscreen: true,
    });
    expect(options.fullscreen).toBe(true);
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/p.cjs',
    });
  });

  it('allows going full screen, and nothing else', () => {
    expect(isPermissionAllowed('fullscreen')).toBe(true);
    for (const permission of ['media', 'notifications', 'pointerLock', 'openExternal', 'display-capture'])
      expect(isPermissionAllowed(permission)).toBe(false);
  });
});
