import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/platform/contract';

export interface MenuActions {
  send(command: MenuCommand): void;
  openExternal(url: string): void;
  isMac: boolean;
  isDev: boolean;
  appName: string;
}

export const HELP_URL = 'https://artificialintelligenceact.eu/';

/** The native application menu (File, Edit, View, Window, Help) with the usual shortcuts. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const { send, isMac, isDev, appName } = actions;
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(isDev ? [{ role: 'toggleDevTools' } as MenuItemConstructorOptions] : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        { label: 'New Client…', accelerator: 'CmdOrCtrl+N', click: () => send('new-client') },
        { label: 'Switch Client…', accelerator: 'CmdOrCtrl+K', click: () => send('switch-client') },
        { label: 'All Clients', accelerator: 'CmdOrCtrl+Shift+H', click: () => send('go-home') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: viewItems },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => send('open-help') },
        { label: 'EU AI Act Reference (web)', click: () => actions.openExternal(HELP_URL) },
      ],
    },
  ];
}
