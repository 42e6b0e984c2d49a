import type { CSSProperties, ReactNode } from 'react';
import type { ReportModel } from '../../../domain/reports';
import { ClientAvatar } from '../../../ui/ClientAvatar';

export interface SlideProps {
  model: ReportModel;
  pageNumber: number;
  pageCount: number;
}

/** One 16:9 slide (1280 x 720 CSS px): brand bar, title, client logo, footer with period and page number. */
export function SlideFrame({ model, pageNumber, pageCount, title, children, bare }: SlideProps & { title: string; children: ReactNode; bare?: boolean }) {
  const client = model.client;
  return (
    <section className="slide" style={{ '--brand': client.brandColor } as CSSProperties} aria-label={`Slide ${pageNumber}: ${title}`}>
      {!bare && (
        <header className="slide__header">
          <h2 className="slide__title">{title}</h2>
          <div className="slide__client">
            <span>{client.name}</span>
            <ClientAvatar client={{ ...client, shortName: client.shortName }} size={44} />
          </div>
        </header>
      )}
      <div className={bare ? 'slide__bare' : 'slide__body'}>{children}</div>
      <footer className="slide__footer">
        <span>
          {client.name} · AI progress update · {model.period.label}
        </span>
        <span>
          {pageNumber} / {pageCount}
        </span>
      </footer>
    </section>
  );
}

export function EmptySlideMessage({ children }: { children: ReactNode }) {
  return <p className="slide__empty">{children}</p>;
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10) / 10;
  return unit === '%' ? `${rounded}%` : `${rounded}${unit ? ` ${unit}` : ''}`;
}
