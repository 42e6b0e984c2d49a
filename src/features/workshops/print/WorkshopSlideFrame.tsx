import { format, parseISO } from 'date-fns';
import type { ReactNode } from 'react';
import type { Client } from '../../../domain/clients/client';
import type { Workshop } from '../../../domain/workshops';
import { SlideFrame } from '../../../ui/SlideFrame';

export interface WorkshopSlideProps {
  client: Client;
  workshop: Workshop;
  pageNumber: number;
  pageCount: number;
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
  return (
    <SlideFrame
      client={client}
      title={title}
      footer={`${client.name} · Workshop “${workshop.title}” · ${format(parseISO(workshop.date), 'd MMMM yyyy')}`}
      pageNumber={pageNumber}
      pageCount={pageCount}
      bare={bare}
    >
      {children}
    </SlideFrame>
  );
}
