import type { Row, RowLists } from './rawReads';

/**
 * The second floor of each screen: the rows of its raw read drawn the simplest way, with plain DOM calls
 * and no framework: every list the screen shows as one plain table (all rows, no windowing), the map's
 * use cases and the KPI series as SVG points, the summaries as a table of counts. A screen's time divided
 * by this floor says what the app adds on top of reading and drawing its data.
 */

type Draw = (lists: RowLists, into: HTMLElement) => void;

const SVG = 'http://www.w3.org/2000/svg';
/** The columns of a table floor: as many as the app's widest list shows. */
const COLUMNS = 8;

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? '…' : String(value);

/** The first scalar fields of a record (what a list's columns show). */
function columnsOf(rows: Row[]): string[] {
  const first = rows[0];
  if (!first) return [];
  return Object.keys(first)
    .filter((key) => typeof first[key] !== 'object' || first[key] === null)
    .slice(0, COLUMNS);
}

function table(into: HTMLElement, caption: string, rows: Row[], columns = columnsOf(rows)): void {
  const t = document.createElement('table');
  t.createCaption().textContent = caption;
  const head = t.createTHead().insertRow();
  for (const c of columns) head.appendChild(document.createElement('th')).textContent = c;
  const body = t.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const c of columns) tr.insertCell().textContent = text(row[c]);
  }
  into.appendChild(t);
}

function svg(into: HTMLElement, width: number, height: number): SVGSVGElement {
  const s = document.createElementNS(SVG, 'svg');
  s.setAttribute('width', String(width));
  s.setAttribute('height', String(height));
  into.appendChild(s);
  return s;
}

const numberOf = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

/** A line through the points, as a KPI chart draws it. */
function line(into: HTMLElement, values: number[]): void {
  const s = svg(into, 600, 160);
  const max = Math.max(1, ...values);
  const points = values.map(
    (v, i) => `${(i / Math.max(1, values.length - 1)) * 600},${160 - (v / max) * 150}`,
  );
  const path = document.createElementNS(SVG, 'polyline');
  path.setAttribute('points', points.join(' '));
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'black');
  s.appendChild(path);
}

/** Lists by name with their row counts: the floor of a screen that summarises what it reads. */
function counts(into: HTMLElement, lists: RowLists): void {
  table(
    into,
    'Summary',
    Object.entries(lists).map(([list, rows]) => ({ list, rows: rows.length })),
    ['list', 'rows'],
  );
}

export const DRAWS: Record<string, Draw> = {
  home: ({ clients, hours, ...due }, into) => {
    const hoursOf = new Map<unknown, number>();
    for (const h of hours) hoursOf.set(h.clientId, (hoursOf.get(h.clientId) ?? 0) + numberOf(h.hours, 0));
    table(
      into,
      'Clients',
      clients.map((c) => ({ ...c, hoursThisMonth: hoursOf.get(c.id) ?? 0 })),
    );
    table(into, 'Due', Object.values(due).flat());
  },
  clientOverview: (lists, into) => {
    counts(into, lists);
    const s = svg(into, 600, 160);
    lists.useCases.slice(0, 6).forEach((_, i) => {
      const bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', String(i * 100));
      bar.setAttribute('y', '40');
      bar.setAttribute('width', '80');
      bar.setAttribute('height', '120');
      s.appendChild(bar);
    });
  },
  portfolioTable: ({ useCases }, into) => table(into, 'Use cases', useCases),
  portfolioMap: ({ useCases }, into) => {
    const s = svg(into, 800, 600);
    useCases.forEach((u, i) => {
      const dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('cx', String(numberOf(u.impact, i % 5) * 150 + 50));
      dot.setAttribute('cy', String(numberOf(u.effort, i % 5) * 100 + 50));
      dot.setAttribute('r', '8');
      s.appendChild(dot);
    });
  },
  registerList: ({ records }, into) => {
    table(into, 'Records', records);
    const grid = Array.from({ length: 5 }, (_, severity) =>
      Object.fromEntries(
        [1, 2, 3, 4, 5].map((likelihood) => [
          `l${likelihood}`,
          records.filter((r) => r.likelihoodBefore === likelihood && r.severityBefore === 5 - severity)
            .length,
        ]),
      ),
    );
    table(into, 'Heat map', grid);
  },
  useCaseDetail: ({ useCase, kpis, measurements }, into) => {
    table(into, 'Use case', useCase);
    for (const kpi of kpis) {
      const series = measurements.filter((m) => m.kpiId === kpi.id);
      line(
        into,
        series.map((m) => numberOf(m.value, 0)),
      );
      table(into, text(kpi.name), series.slice(-12));
    }
  },
};

/** Draws a screen's lists into a fresh full-window element; resolves after the frame that shows them is painted. */
export async function drawAndPaint(step: string, lists: RowLists, { keep = false } = {}): Promise<void> {
  const draw = DRAWS[step];
  if (!draw) throw new Error(`No draw floor for ${step}`);
  const into = document.createElement('div');
  into.style.cssText = 'position:fixed;inset:0;overflow:hidden;background:white;font:14px sans-serif';
  document.body.appendChild(into);
  draw(lists, into);
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
  if (!keep) into.remove();
}
