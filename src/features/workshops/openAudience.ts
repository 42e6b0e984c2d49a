import { interfaceT } from '../../state/interfaceLanguage';

/** The audience view's address in this app (same page, `#/present/workshop/<id>` route). */
export function audienceUrl(workshopId: string): string {
  return `${location.pathname}#/present/workshop/${workshopId}`;
}

/**
 * Opens the audience view in a second window (the desktop app puts it full screen on the projector
 * when there is a second display). Opening it again brings the same window back.
 * Returns false when the browser blocked the window.
 */
export function openAudienceView(workshopId: string): boolean {
  const opened = window.open(
    audienceUrl(workshopId),
    `caio-audience-${workshopId}`,
    'popup,width=1280,height=720',
  );
  opened?.focus();
  return Boolean(opened);
}

export const audienceBlockedMessage = () =>
  interfaceT()(
    'The browser blocked the audience window. Allow pop-ups for this page, or open the audience link below in a new window.',
  );

/** Full screen where the browser allows it; the screens work the same without it. */
export async function enterFullscreen(): Promise<boolean> {
  if (document.fullscreenElement) return true;
  try {
    await document.documentElement.requestFullscreen?.({ navigationUI: 'hide' });
    return Boolean(document.fullscreenElement);
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (e.g. the user pressed Esc).
  }
}
