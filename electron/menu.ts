import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuLanguage } from '../src/platform/contract';
import dutch from '../src/i18n/nl/ui.json';

export interface MenuActions {
  send(command: MenuCommand): void;
  openExternal(url: string): void;
  isMac: boolean;
  isDev: boolean;
  appName: string;
  /** The interface's language: the menu's own items are written in it (the OS names the standard ones). */
  language: MenuLanguage;
}

export const HELP_URL = 'https://artificialintelligenceact.eu/';

/** The native application menu (File, Edit, View, Window, Help) with the usual shortcuts. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const { send, isMac, isDev, appName } = actions;
  const DUTCH: Record<string, string | undefined> = dutch;
  const t = (text: string) => (actions.language === 'nl' ? (DUTCH[text] ?? text) : text);
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
      label: t('File'),
      submenu: [
        { label: t('New Client…'), accelerator: 'CmdOrCtrl+N', click: () => send('new-client') },
        { label: t('Switch Client…'), accelerator: 'CmdOrCtrl+K', click: () => send('switch-client') },
        { label: t('All Clients'), accelerator: 'CmdOrCtrl+Shift+H', click: () => send('go-home') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: t('View'), submenu: viewItems },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: t('Keyboard Shortcuts'), accelerator: 'F1', click: () => send('open-help') },
        { label: t('EU AI Act Reference (web)'), click: () => actions.openExternal(HELP_URL) },
      ],
    },
  ];
}
