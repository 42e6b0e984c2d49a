import { createContext, useContext, type CSSProperties, type ReactNode } from 'react';
import type { Client } from '../domain/clients/client';
import { ClientAvatar } from './ClientAvatar';
import './slideFrame.css';
import { useT } from '../state/interfaceLanguage';

/**
 * The page number and count of the slide inside, when they can change without the slide's content (an editor's
 * preview: ticking a slide off renumbers the others). A slide frame shows these over its own props, so a
 * memoised slide keeps its drawn content and only its frame follows the numbering.
 */
export const SlideNumbering = createContext<{ pageNumber: number; pageCount: number } | null>(null);

/**
 * One 16:9 slide (1280 x 720 CSS px) of a board report or a workshop summary: the client's brand bar, the
 * title with the client's name and logo (left out on a `bare` title slide), and a footer with what the deck is
 * and the page number.
 */
export function SlideFrame(props: {
  client: Pick<Client, 'name' | 'shortName' | 'logo' | 'brandColor'>;
  title: string;
  /** What the deck is, left in the footer ("Acme · AI progress update · Q3 2026"). */
  footer: string;
  pageNumber: number;
  pageCount: number;
  bare?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const { client, title } = props;
  const { pageNumber, pageCount } = useContext(SlideNumbering) ?? props;
  return (
    <section
      className="slide"
      style={{ '--brand': client.brandColor } as CSSProperties}
      aria-label={t('Slide {{number}}: {{title}}', { number: pageNumber, title })}
    >
      {!props.bare && (
        <header className="slide__header">
          <h2 className="slide__title">{title}</h2>
          <div className="slide__client">
            <span>{client.name}</span>
            <ClientAvatar client={client} size={44} />
          </div>
        </header>
      )}
      <div className={props.bare ? 'slide__bare' : 'slide__body'}>{props.children}</div>
      <footer className="slide__footer">
        <span>{props.footer}</span>
        <span>
          {pageNumber} / {pageCount}
        </span>
      </footer>
    </section>
  );
}
