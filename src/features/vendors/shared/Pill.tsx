import type { ReactNode } from 'react';

/** A small coloured label (tone: success, warning, danger, info, muted). Never the only carrier of meaning: it has text. */
export function Pill({ tone, children, title }: { tone: string; children: ReactNode; title?: string }) {
  return (
    <span className={`pill pill--${tone}`} title={title}>
      {children}
    </span>
  );
}
