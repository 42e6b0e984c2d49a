import type { ReactNode } from 'react';
import type { ReportModel } from '../../../domain/reports';
import { SlideFrame } from '../../../ui/SlideFrame';
import { reportLanguage } from '../reportLanguage';

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
  const { t, period } = reportLanguage(model);
  return (
    <SlideFrame
      client={model.client}
      title={title}
      footer={`${model.client.name} · ${t('AI progress update')} · ${period}`}
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
