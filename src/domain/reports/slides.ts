import type {
  GovernanceReportData,
  KpiLine,
  PilotSummary,
  ReportModel,
  RoadmapItem,
  VendorReportData,
} from './types';
import { dayIn, ENGLISH, type Wording } from '../shared/language';
import { numberedMapPoints, type NumberedMapPoint } from './mapLabels';

/** The slides of a board update (board-report.md), their default order, and how long lists split over pages. */
export const SLIDE_KINDS = [
  'title',
  'summary',
  'portfolio',
  'pilots',
  'roadmap',
  'risks',
  'compliance',
  'readiness',
  'incidents',
  'vendors',
  'governance',
  'staffVoice',
  'inventory',
] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const SLIDE_TITLES: Record<SlideKind, string> = {
  title: 'Title',
  summary: 'Executive summary',
  portfolio: 'Portfolio at a glance',
  pilots: 'Pilot results',
  roadmap: 'Roadmap and next steps',
  risks: 'Risk exposure',
  compliance: 'Compliance and regulation',
  readiness: 'AI management system readiness',
  incidents: 'Incidents',
  vendors: 'Vendors',
  governance: 'Governance and people',
  staffVoice: 'What the staff told us',
  inventory: 'Appendix: AI system inventory',
};

export interface SlideConfig {
  kind: SlideKind;
  included: boolean;
  /** A slide with nothing to show is left out of the report unless the user keeps it. */
  keepWhenEmpty?: boolean;
}

export const DEFAULT_SLIDES: SlideConfig[] = SLIDE_KINDS.map((kind) => ({ kind, included: true }));

/** Rows that fit on one slide at readable size (no text under 14 px at 1280 px). */
export const ROWS_PER_SLIDE = {
  pilots: 2,
  kpisPerPilot: 3,
  roadmap: 7,
  risksWithMap: 6,
  risks: 9,
  obligations: 6,
  incidents: 3,
  vendors: 8,
  actions: 6,
  inventory: 9,
  mapKey: 14,
  mapKeyContinued: 12,
} as const;

export interface PilotChunk {
  pilot: PilotSummary;
  kpis: KpiLine[];
  continued: boolean;
}

type PageBody =
  | { kind: 'title' }
  | { kind: 'summary' }
  /** The map key lists `keyPoints`; past `ROWS_PER_SLIDE.mapKey` use cases it continues on further pages (a table, no map). */
  | { kind: 'portfolio'; keyPoints: NumberedMapPoint[]; continued: boolean }
  | { kind: 'pilots'; pilots: PilotChunk[] }
  | { kind: 'roadmap'; rows: (RoadmapItem & { group: 'upcoming' | 'not-now' })[] }
  | { kind: 'risks'; showMap: boolean; risks: GovernanceReportData['risks'] }
  | { kind: 'compliance'; showSummary: boolean; obligations: GovernanceReportData['obligations'] }
  | { kind: 'readiness' }
  | { kind: 'staffVoice' }
  | { kind: 'incidents'; showCounts: boolean; incidents: GovernanceReportData['incidents'] }
  | { kind: 'vendors'; rows: VendorRow[] }
  | { kind: 'governance'; showSummary: boolean; actions: GovernanceReportData['actions'] }
  | { kind: 'inventory'; systems: GovernanceReportData['systems'] };

export type VendorRow = {
  /** "In use", "Under evaluation" or "Decision", in the report's language. */
  group: string;
  name: string;
  detail: string;
  extra: string;
};

/** One printed page: a slide, or one part of a slide whose list continues. */
export type ReportPage = PageBody & { title: string; part: number; parts: number };

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

function pilotChunks(pilots: PilotSummary[]): PilotChunk[] {
  return pilots.flatMap((pilot) =>
    chunk(pilot.kpis, ROWS_PER_SLIDE.kpisPerPilot).map((kpis, i) => ({ pilot, kpis, continued: i > 0 })),
  );
}

function vendorRows(v: VendorReportData, { t, lang }: Wording = ENGLISH): VendorRow[] {
  return [
    ...v.inUse.map((x) => ({
      group: t('In use'),
      name: x.name,
      detail: [x.product, x.usedFor].filter(Boolean).join(' · '),
      extra: t('DPA: {{status}}', { status: t(x.dpa) }),
    })),
    ...v.underEvaluation.map((x) => ({
      group: t('Under evaluation'),
      name: x.title,
      detail: x.vendors.join(', '),
      extra: t(x.status),
    })),
    ...v.decisions.map((x) => ({
      group: t('Decision'),
      name: x.vendor,
      detail: `${x.evaluation}: ${x.rationale}`,
      extra: `${t(x.outcome)} · ${dayIn(lang, x.date)}`,
    })),
  ];
}

function bodies(kind: SlideKind, model: ReportModel, words: Wording): PageBody[] {
  const g = model.governance;
  switch (kind) {
    case 'portfolio': {
      const points = numberedMapPoints(model.portfolio.map);
      const first = points.slice(0, ROWS_PER_SLIDE.mapKey);
      const rest =
        points.length > first.length ? chunk(points.slice(first.length), ROWS_PER_SLIDE.mapKeyContinued) : [];
      return [
        { kind, keyPoints: first, continued: false },
        ...rest.map((keyPoints) => ({ kind, keyPoints, continued: true })),
      ];
    }
    case 'title':
    case 'summary':
    case 'readiness':
    case 'staffVoice':
      return [{ kind }];
    case 'pilots':
      return chunk(pilotChunks(model.pilots), ROWS_PER_SLIDE.pilots).map((pilots) => ({ kind, pilots }));
    case 'roadmap': {
      const rows = [
        ...model.roadmap.upcoming.map((r) => ({ ...r, group: 'upcoming' as const })),
        ...model.roadmap.notNow.map((r) => ({ ...r, group: 'not-now' as const })),
      ];
      return chunk(rows, ROWS_PER_SLIDE.roadmap).map((page) => ({ kind, rows: page }));
    }
    case 'risks': {
      const ranked = [...g.risks].sort(
        (a, b) => b.residualLikelihood * b.residualSeverity - a.residualLikelihood * a.residualSeverity,
      );
      const first = ranked.slice(0, ROWS_PER_SLIDE.risksWithMap);
      const rest =
        ranked.length > first.length ? chunk(ranked.slice(first.length), ROWS_PER_SLIDE.risks) : [];
      return [
        { kind, showMap: true, risks: first },
        ...rest.map((risks) => ({ kind, showMap: false, risks })),
      ];
    }
    case 'compliance':
      return chunk(g.obligations, ROWS_PER_SLIDE.obligations).map((obligations, i) => ({
        kind,
        showSummary: i === 0,
        obligations,
      }));
    case 'incidents':
      return chunk(g.incidents, ROWS_PER_SLIDE.incidents).map((incidents, i) => ({
        kind,
        showCounts: i === 0,
        incidents,
      }));
    case 'vendors':
      return chunk(vendorRows(model.vendors, words), ROWS_PER_SLIDE.vendors).map((rows) => ({ kind, rows }));
    case 'governance':
      return chunk(g.actions, ROWS_PER_SLIDE.actions).map((actions, i) => ({
        kind,
        showSummary: i === 0,
        actions,
      }));
    case 'inventory':
      return chunk(g.systems, ROWS_PER_SLIDE.inventory).map((systems) => ({ kind, systems }));
  }
}

/** Whether a slide has anything to show for this model (the title and summary always do). */
export function slideHasContent(kind: SlideKind, model: ReportModel): boolean {
  const g = model.governance;
  switch (kind) {
    case 'title':
    case 'summary':
      return true;
    case 'portfolio':
      return model.portfolio.total > 0;
    case 'pilots':
      return model.pilots.length > 0;
    case 'roadmap':
      return model.roadmap.upcoming.length + model.roadmap.notNow.length > 0;
    case 'risks':
      return g.risks.length > 0;
    case 'compliance':
      return g.obligations.length > 0 || g.systems.length > 0;
    case 'readiness':
      return Boolean(model.readiness);
    case 'staffVoice':
      return Boolean(model.staffVoice);
    case 'incidents':
      return g.incidents.length > 0 || g.openDeadlines.length > 0;
    case 'vendors':
      return vendorRows(model.vendors).length > 0;
    case 'governance':
      return g.actions.length > 0 || g.systems.length > 0 || g.decisionRightsDefined > 0;
    case 'inventory':
      return g.systems.length > 0;
  }
}

/** The pages to print, in the user's order, leaving out excluded slides and empty ones not kept; titles in `words`' language. */
export function reportPages(
  model: ReportModel,
  slides: readonly SlideConfig[],
  words: Wording = ENGLISH,
): ReportPage[] {
  return slides
    .filter((s) => s.included && (s.keepWhenEmpty || slideHasContent(s.kind, model)))
    .flatMap((s) => {
      const parts = bodies(s.kind, model, words);
      return parts.map(
        (body, i) =>
          ({
            ...body,
            title:
              i > 0
                ? words.t('{{title}} (continued)', { title: words.t(SLIDE_TITLES[s.kind]) })
                : words.t(SLIDE_TITLES[s.kind]),
            part: i + 1,
            parts: parts.length,
          }) as ReportPage,
      );
    });
}
