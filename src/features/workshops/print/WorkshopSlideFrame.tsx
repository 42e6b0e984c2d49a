import { format, parseISO } from 'date-fns';
import type { CSSProperties, ReactNode } from 'react';
import type { Client } from '../../../domain/clients/client';
import type { Workshop } from '../../../domain/workshops';
import { ClientAvatar } from '../../../ui/ClientAvatar';

export interface WorkshopSlideProps {
  client: Client;
  workshop: Workshop;
  pageNumber: number;
  pageCount: number;
}

/** One 16:9 summary slide (1280 x 720 CSS px), same frame as the board reports: brand bar, title, logo, footer. */
export function WorkshopSlideFrame({ client, workshop, pageNumber, pageCount, title, bare, children }: WorkshopSlideProps & { title: string; bare?: boolean; children: ReactNode }) {
  return (
    <section className="slide" style={{ '--brand': client.brandColor } as CSSProperties} aria-label={`Slide ${pageNumber}: ${title}`}>
      {!bare && (
        <header className="slide__header">
          <h2 className="slide__title">{title}</h2>
          <div className="slide__client">
            <span>{client.name}</span>
            <ClientAvatar client={client} size={44} />
          </div>
        </header>
      )}
      <div className={bare ? 'slide__bare' : 'slide__body'}>{children}</div>
      <footer className="slide__footer">
        <span>
          {client.name} · Workshop “{workshop.title}” · {format(parseISO(workshop.date), 'd MMMM yyyy')}
        </span>
        <span>
          {pageNumber} / {pageCount}
        </span>
      </footer>
    </section>
  );
}
