import { ExternalLink } from 'lucide-react';
import type { ReactNode } from 'react';
import { platform } from '../../platform';

/**
 * A link to an official text (EUR-Lex). It opens in the system browser only when clicked, through
 * the platform bridge; the app itself never loads it.
 */
export function SourceLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      className="source-link"
      href={href}
      onClick={(event) => {
        event.preventDefault();
        void platform.openExternal(href);
      }}
    >
      {children}
      <ExternalLink size={12} aria-hidden />
    </a>
  );
}
