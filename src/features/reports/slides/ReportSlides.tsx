import type { ReportDeltas, ReportModel, ReportPage, ReportTexts } from '../../../domain/reports';
import { ComplianceSlide, IncidentsSlide, RisksSlide } from './governanceSlides';
import { MapKeySlide, PortfolioSlide, RoadmapSlide, SummarySlide, TitleSlide } from './overviewSlides';
import { GovernanceSlide, InventorySlide, VendorsSlide } from './peopleSlides';
import { PilotsSlide } from './PilotsSlide';
import { ReadinessSlide } from './ReadinessSlide';
import { StaffVoiceSlide } from './StaffVoiceSlide';

export interface ReportView {
  model: ReportModel;
  deltas: ReportDeltas;
  texts: ReportTexts;
}

/** One printed page of the report, by kind. */
export function ReportSlide({
  page,
  view,
  pageNumber,
  pageCount,
}: {
  page: ReportPage;
  view: ReportView;
  pageNumber: number;
  pageCount: number;
}) {
  const common = { model: view.model, pageNumber, pageCount };
  switch (page.kind) {
    case 'title':
      return <TitleSlide {...common} />;
    case 'summary':
      return <SummarySlide {...common} texts={view.texts} deltas={view.deltas} />;
    case 'portfolio':
      return page.continued ? (
        <MapKeySlide {...common} page={page} />
      ) : (
        <PortfolioSlide {...common} page={page} deltas={view.deltas} />
      );
    case 'pilots':
      return <PilotsSlide {...common} page={page} />;
    case 'roadmap':
      return <RoadmapSlide {...common} page={page} texts={view.texts} />;
    case 'risks':
      return <RisksSlide {...common} page={page} />;
    case 'compliance':
      return <ComplianceSlide {...common} page={page} />;
    case 'readiness':
      return <ReadinessSlide {...common} page={page} />;
    case 'incidents':
      return <IncidentsSlide {...common} page={page} />;
    case 'vendors':
      return <VendorsSlide {...common} page={page} />;
    case 'governance':
      return <GovernanceSlide {...common} page={page} />;
    case 'staffVoice':
      return <StaffVoiceSlide {...common} page={page} />;
    case 'inventory':
      return <InventorySlide {...common} page={page} />;
  }
}
