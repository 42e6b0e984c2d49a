import type { ReactNode } from 'react';
import type { BadgeTone } from './badgeTones';

/**
 * A short status, tier or stage label. The text is always visible, so the colour (the tone) is never the only
 * signal; `title` can give the long form.
 */
export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
}) {
  return (
    <span className={`ui-badge ui-badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
