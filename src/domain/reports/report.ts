import { z } from 'zod';
import { SLIDE_KINDS, DEFAULT_SLIDES, type SlideConfig } from './slides';
import type { ReportDeltas } from './deltas';
import type { ReportModel, ReportTexts } from './types';

/** A board report record: its period, slide choices and texts; frozen with a snapshot on export. */
export interface Report {
  id: string;
  clientId: string;
  periodKey: string;
  slides: SlideConfig[];
  texts: ReportTexts;
  /** Set on the first export; later exports re-use it so the same report prints the same. */
  snapshot: { model: ReportModel; deltas: ReportDeltas; texts: ReportTexts; slides: SlideConfig[] } | null;
  exportedAt: string | null;
  /** 1 for a first report; a report reopened after export is the next version of the same period. */
  version?: number;
  /** The exported report this version was reopened from (kept, unchanged, in the history). */
  previousVersionId?: string | null;
  createdAt: string;
  updatedAt: string;
}

const line = z.string().trim().max(240, 'Keep each line under 240 characters so it fits the slide');

export const reportTextsSchema = z.object({
  headlines: z.array(line).max(3, 'At most three headline messages fit the summary slide'),
  overallStatus: z.enum(['green', 'amber', 'red']).nullable(),
  decisionsRequested: z.array(line).max(6, 'At most six decisions fit the summary slide'),
  nextSteps: z.array(line).max(8, 'Keep to eight next steps'),
  notDoing: z.array(line).max(8, 'Keep to eight items'),
});

export const slideConfigSchema = z
  .array(
    z.object({ kind: z.enum(SLIDE_KINDS), included: z.boolean(), keepWhenEmpty: z.boolean().optional() }),
  )
  .refine((slides) => new Set(slides.map((s) => s.kind)).size === slides.length, 'Each slide appears once')
  .refine((slides) => slides.some((s) => s.included), 'Keep at least one slide in the report');

/** Splits a multi-line text box into the lines stored (empty lines dropped). */
export function linesFromText(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function moveSlide(slides: readonly SlideConfig[], index: number, delta: -1 | 1): SlideConfig[] {
  const target = index + delta;
  if (target < 0 || target >= slides.length) return [...slides];
  const next = [...slides];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** A report's slides with every kind the app knows (a slide added after the report was made joins at its default place). */
export function withAllSlides(slides: readonly SlideConfig[]): SlideConfig[] {
  const next = [...slides];
  SLIDE_KINDS.forEach((kind, i) => {
    if (next.some((s) => s.kind === kind)) return;
    const after = SLIDE_KINDS.slice(0, i)
      .reverse()
      .find((k) => next.some((s) => s.kind === k));
    next.splice(after ? next.findIndex((s) => s.kind === after) + 1 : 0, 0, { kind, included: true });
  });
  return next;
}

export function defaultSlides(): SlideConfig[] {
  return DEFAULT_SLIDES.map((s) => ({ ...s }));
}
