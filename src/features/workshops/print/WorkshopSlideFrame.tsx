import type { ReactNode } from 'react';
import type { Client } from '../../../domain/clients/client';
import { dayIn, type Wording } from '../../../domain/shared/language';
import { wordingOf } from '../../../i18n/i18n';
import type { Workshop } from '../../../domain/workshops';
import { SlideFrame } from '../../../ui/SlideFrame';

export interface WorkshopSlideProps {
  client: Client;
  workshop: Workshop;
  pageNumber: number;
  pageCount: number;
}

/** The summary's language: the client's report language (load it before drawing), with its long dates. */
export function summaryWords(client: Client): Wording & { day: (iso: string) => string } {
  const words = wordingOf(client);
  return { ...words, day: (iso) => dayIn(words.lang, iso, true) };
}

/** A workshop summary slide: the kit's slide frame (as the board reports) with the workshop's title and date in the footer. */
export function WorkshopSlideFrame({
  client,
  workshop,
  pageNumber,
  pageCount,
  title,
  bare,
  children,
}: WorkshopSlideProps & { title: string; bare?: boolean; children: ReactNode }) {
  const { t, day } = summaryWords(client);
  return (
    <SlideFrame
      client={client}
      title={title}
      footer={`${client.name} · ${t('Workshop “{{title}}”', { title: workshop.title })} · ${day(workshop.date)}`}
      pageNumber={pageNumber}
      pageCount={pageCount}
      bare={bare}
    >
      {children}
    </SlideFrame>
  );
}
