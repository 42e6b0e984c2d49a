import { format, parseISO } from 'date-fns';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import { demoContext, loadDemoWorkspace } from '../../../../src/demo/workspace';
import { liveReportModel } from '../../../../src/db/reports/sources';
import { clientWording } from '../../../../src/i18n/i18n';
import { DUTCH as nl } from '../../../../src/i18n/dutch';
import { resolvedUseCasesForClient } from '../../../../src/db/portfolio/useCaseSystems';
import { rankUseCases } from '../../../../src/domain/portfolio';
import {
  compareReports,
  defaultSlides,
  numberedMapPoints,
  suggestTexts,
  type ReportTexts,
} from '../../../../src/domain/reports';
import { buildPptx } from '../../../../src/features/reports/pptx/buildPptx';
import { freshDb } from '../testDb';

const texts: ReportTexts = {
  headlines: ['One', '', ''],
  overallStatus: 'amber',
  decisionsRequested: [],
  nextSteps: [],
  notDoing: [],
};

/** The words of a slide's XML, as PowerPoint shows them (one string per text run). */
function runs(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}

describe('the board report PPTX', () => {
  it('numbers use cases by their rank in the portfolio ranking, and the PPTX shows the same numbers, quadrants and key as the PDF slide, and a dated chart per measured KPI', async () => {
    const db = await freshDb();
    const ctx = demoContext(new Date('2026-11-26T10:00:00.000Z'));
    await loadDemoWorkspace(db, ctx);
    const clientId = Object.values(DEMO_CLIENT_IDS)[0] as string;
    const client = (await db.clients.get(clientId))!;
    const model = await liveReportModel(db, client, '2026-Q4', ctx.today);
    const points = numberedMapPoints(model.portfolio.map);
    expect(points.length).toBeGreaterThan(2);

    // The number on the map is the use case's rank on the portfolio's ranking screen.
    const ranking = rankUseCases(
      await resolvedUseCasesForClient(db, clientId),
      await db.kpis.where('clientId').equals(clientId).toArray(),
    );
    for (const point of points)
      expect(point.n, point.title).toBe(ranking.find((r) => r.useCase.id === point.id)!.rank);
    expect(points.map((p) => p.n)).toEqual([...points.map((p) => p.n)].sort((a, b) => a - b));

    // The logo is rasterised by the browser (not in Node): left out here.
    const file = await buildPptx({
      model: { ...model, client: { ...model.client, logo: null } },
      deltas: compareReports(null, model),
      texts,
      slides: defaultSlides(),
    });
    const zip = await JSZip.loadAsync(file);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    const mapSlide = slides.map(runs).find((words) => words.some((w) => w.startsWith('Impact / effort map')));
    expect(mapSlide, 'a slide with the map').toBeDefined();
    for (const quadrant of ['Quick wins', 'Strategic bets', 'Fill-ins', 'Time sinks'])
      expect(mapSlide).toContain(quadrant);
    for (const point of points) {
      // The disc carries the number; the key names it (a prohibited one says Stop).
      expect(mapSlide).toContain(String(point.n));
      expect(mapSlide).toContain(
        `${point.n}  ${point.title}${point.riskTier === 'prohibited' ? ' · Stop (prohibited practice)' : ''}`,
      );
    }

    // A chart for every measured KPI of every pilot: dates as "3 Feb", an axis fitted to the values (the trend shows).
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    const measured = model.pilots.flatMap((p) => p.kpis).filter((k) => k.trend.length > 0);
    expect(measured.length).toBeGreaterThan(1);
    for (const kpi of measured) {
      const chart = charts.find(
        (xml) => runs(xml).join('') === kpi.name || xml.includes(`<a:t>${kpi.name}</a:t>`),
      );
      expect(chart, `a chart for ${kpi.name}`).toBeDefined();
      const labels = [...chart!.matchAll(/<c:cat>[\s\S]*?<\/c:cat>/g)][0][0];
      for (const point of kpi.trend)
        expect(labels).toContain(`<c:v>${format(parseISO(point.date), 'd MMM')}</c:v>`);
      const min = Number(/<c:valAx>[\s\S]*?<c:min val="([-\d.]+)"/.exec(chart!)![1]);
      const max = Number(/<c:valAx>[\s\S]*?<c:max val="([-\d.]+)"/.exec(chart!)![1]);
      const values = [
        ...kpi.trend.map((t) => t.value),
        ...[kpi.baseline, kpi.target].filter((v): v is number => v !== null),
      ];
      expect(min).toBeLessThanOrEqual(Math.min(...values));
      expect(max).toBeGreaterThanOrEqual(Math.max(...values));
      // Fitted, not from zero: the axis spans at most three times what the values span.
      expect(max - min).toBeLessThanOrEqual(Math.max(3 * (Math.max(...values) - Math.min(...values)), 1));
    }
  });
});

describe('map points on the same spot', () => {
  it('are drawn apart, each staying within half a step of its scores (never across a quadrant line)', () => {
    const base = {
      impact: 3,
      effort: 2,
      riskTier: 'minimal' as const,
      stage: 'idea' as const,
      quadrant: 'quick-win' as const,
    };
    const points = numberedMapPoints(
      Array.from({ length: 5 }, (_, i) => ({ ...base, id: `u${i}`, title: `U${i}`, rank: i + 1 })),
    );
    expect(new Set(points.map((p) => `${p.x}|${p.y}`)).size).toBe(5);
    for (const p of points) {
      expect(Math.abs(p.x - p.effort)).toBeLessThan(0.5);
      expect(Math.abs(p.y - p.impact)).toBeLessThan(0.5);
    }
  });
});

describe('a Dutch client’s board report PPTX', () => {
  it('is in Dutch on every slide: titles, tables, empty slides, dates (“1 december 2026”) and numbers, with no English label left', async () => {
    const db = await freshDb();
    const ctx = demoContext(new Date('2026-12-01T10:00:00.000Z'));
    await loadDemoWorkspace(db, ctx);
    const client = (await db.clients.get(DEMO_CLIENT_IDS.accountancy))!;
    expect(client.reportLanguage).toBe('nl');
    const model = await liveReportModel(db, client, '2026-Q4', ctx.today);
    const words = await clientWording(client);
    const file = await buildPptx({
      model: { ...model, client: { ...model.client, logo: null } },
      deltas: compareReports(null, model, words),
      texts: suggestTexts(model, compareReports(null, model, words), words),
      // Every slide, the empty ones too: their messages must be Dutch as well.
      slides: defaultSlides().map((s) => ({ ...s, keepWhenEmpty: true })),
    });
    const zip = await JSZip.loadAsync(file);
    const xml = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    const texts = xml.flatMap(runs);
    const all = texts.join('\n');
    expect(all).toContain('Voortgangsrapportage AI · Q4 2026');
    expect(all).toContain('1 december 2026 · Opgesteld door');
    for (const title of [
      'Samenvatting',
      'Portfolio in één oogopslag',
      'Risicoblootstelling',
      'Bijlage: overzicht van AI-systemen',
    ])
      expect(texts).toContain(title);
    expect(all).toContain('Gevraagde besluiten van het bestuur');

    // No interface text of the report is left in English: none of the English keys that Dutch translates
    // otherwise stands as a text run, and no English sentence of three words or more is inside one.
    const english = Object.entries(nl as Record<string, string>)
      .map(([key, dutch]) => [key.replace(/_(one|other)$/, ''), dutch] as const)
      .filter(([key, dutch]) => key !== dutch && !key.includes('{{'))
      .map(([key]) => key);
    const left = texts.filter(
      (run) =>
        english.includes(run) || english.some((key) => key.split(' ').length >= 3 && run.includes(key)),
    );
    expect(left).toEqual([]);
  });
});
