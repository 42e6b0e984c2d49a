import type { ReactNode } from 'react';
import type { ReportModel } from '../../../domain/reports';
import { SlideFrame } from '../../../ui/SlideFrame';

export interface SlideProps {
  model: ReportModel;
  pageNumber: number;
  pageCount: number;
}

/** A board-report slide: the kit's slide frame with the report's footer (client, "AI progress update", period). */
export function ReportSlideFrame({
  model,
  pageNumber,
  pageCount,
  title,
  children,
  bare,
}: SlideProps & { title: string; children: ReactNode; bare?: boolean }) {
  return (
    <SlideFrame
      client={model.client}
      title={title}
      footer={`${model.client.name} · AI progress update · ${model.period.label}`}
      pageNumber={pageNumber}
      pageCount={pageCount}
      bare={bare}
    >
      {children}
    </SlideFrame>
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
