// The measured steps in the app pages. Timing is taken inside the page with performance.now():
// a step ends in the animation frame in which all its target elements are visible, plus the task
// after that frame (so the frame has been painted).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { summarise } from './stats.mjs';

/** Added to every page by the bench only (Playwright init script): `__benchWait(waits)` resolves when every target is visible. */
export const WAIT_SCRIPT = `
window.__benchWait = (waits, timeout = 30000) => new Promise((resolve, reject) => {
  const found = {};
  const started = performance.now();
  const visible = (w) => {
    let n = 0;
    for (const el of document.querySelectorAll(w.selector)) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && ++n >= (w.count || 1)) return true;
    }
    return false;
  };
  const frame = () => {
    const now = performance.now();
    for (const w of waits) if (found[w.name] === undefined && visible(w)) found[w.name] = now;
    if (waits.every((w) => found[w.name] !== undefined)) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ found, painted: performance.now() });
      channel.port2.postMessage(null);
      return;
    }
    if (now - started > timeout) return reject(new Error('Timed out waiting for ' + waits.filter((w) => found[w.name] === undefined).map((w) => w.selector).join(', ')));
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});`;

const HOME_WAITS = [{ name: 'clients', selector: 'table[aria-label="Clients"] tbody tr' }];

/** Samples a page's V8 heap (CDP Performance.getMetrics) every 100 ms; `stop()` returns the peak in bytes. */
export class HeapSampler {
  static async attach(context, page) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let peak = 0;
    let busy = false;
    const sample = async () => {
      if (busy) return;
      busy = true;
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch {
        // page closed
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(sample, 100);
    await sample();
    return {
      stop: () => {
        clearInterval(timer);
        return peak;
      },
      /** The peak since the last `take`, and a new start. */
      take: () => {
        const seen = peak;
        peak = 0;
        return seen;
      },
      sample,
    };
  }

  static Group = class {
    samplers = [];
    async attach(context, page) {
      const s = await HeapSampler.attach(context, page);
      this.samplers.push(s);
      return s;
    }
    peak() {
      return Math.max(0, ...this.samplers.map((s) => s.stop()));
    }
  };
}

/** The screens that also get a read-and-draw floor (bench/drawFloors.ts). */
export const DRAWN_FLOORS = [
  'home',
  'clientOverview',
  'portfolioTable',
  'portfolioMap',
  'registerList',
  'useCaseDetail',
];

/** A screen's floors in the loader page: its raw read and, for DRAWN_FLOORS, that read drawn, over the runs after the warm-up. */
export async function measureFloor(loader, id, targets, config) {
  const samples = [];
  const drawn = [];
  let rows = 0;
  for (let i = 0; i < config.warmup + config.runs; i++) {
    const r = await loader.evaluate(([step, t]) => window.caioBench.raw(step, t), [id, targets]);
    rows = r.rows;
    if (i >= config.warmup) samples.push(r.ms);
    if (!DRAWN_FLOORS.includes(id)) continue;
    const d = await loader.evaluate(([step, t]) => window.caioBench.drawn(step, t), [id, targets]);
    if (i >= config.warmup) drawn.push(d.ms);
  }
  return { rows, stats: summarise(samples), drawn: drawn.length ? summarise(drawn) : null };
}

/** A fresh page per run: navigation start to the home screen's client list painted. */
export async function coldStart(context, base, config, heap) {
  const samples = [];
  let scripts = [];
  for (let i = 0; i < config.warmup + config.runs; i++) {
    const page = await context.newPage();
    const sampler = await heap.attach(context, page);
    await page.goto(`${base}#/`, { waitUntil: 'commit' });
    const r = await page.evaluate((waits) => window.__benchWait(waits), HOME_WAITS);
    if (i >= config.warmup) samples.push(r.painted);
    // The scripts fetched before the home screen was painted (later ones are idle-time prefetches).
    scripts = await page.evaluate(
      (painted) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && e.startTime <= painted)
          .map((e) => new URL(e.name).pathname),
      r.painted,
    );
    await sampler.sample();
    await page.close();
  }
  return { samples, scripts };
}

/** The cold-start floor: a fresh page per run of the bare page (bench/bare.ts), navigation start to its rows painted. */
export async function bareStart(context, base, config) {
  const samples = [];
  for (let i = 0; i < config.warmup + config.runs; i++) {
    const page = await context.newPage();
    await page.goto(`${base}bench/bare.html`, { waitUntil: 'commit' });
    const done = await (
      await page.waitForFunction(() => window.__bareDone, null, { timeout: 60_000 })
    ).jsonValue();
    if (i >= config.warmup) samples.push(done);
    await page.close();
  }
  return summarise(samples);
}

/** Gzipped size of the scripts the home screen loaded, from the built files. */
export function firstScreenJs(root, scripts) {
  const files = scripts.map((path) => {
    const bytes = readFileSync(`${root}dist${path}`);
    return { file: path, kb: bytes.length / 1024, gzipKb: gzipSync(bytes, { level: 9 }).length / 1024 };
  });
  return { files, kb: files.reduce((s, f) => s + f.kb, 0), gzipKb: files.reduce((s, f) => s + f.gzipKb, 0) };
}

/** The screens measured one after the other in one app page, each a navigation from the one before. */
export function navigationSteps(t, loaded) {
  const c = `#/clients/${t.largestClientId}`;
  const clientUseCases = loaded.clientUseCases;
  const registerRows = t.largestRegister.count;
  const register = {
    id: 'registerList',
    label: `Governance: ${loaded.registerTitle.toLowerCase()} register list (${registerRows} rows)`,
    hash: `${c}/governance/${loaded.registerSlug}`,
    waits: [{ name: 'registerList', selector: 'section.gov-list table tbody tr' }],
    floor: 'registerList',
  };
  if (t.largestRegister.registerId === 'risks') {
    register.waits.push({ name: 'heatMap', selector: 'table.heatmap__grid' });
    register.extraParts = [{ id: 'heatMap', label: 'Governance: risk heat map (same page)' }];
  }
  return [
    { id: 'home', label: 'Back to the home screen', hash: '#/', waits: HOME_WAITS, floor: 'home' },
    {
      id: 'clientOverview',
      label: 'Switch to the largest client: its overview',
      hash: c,
      waits: ['ov-portfolio', 'ov-vendors', 'ov-governance']
        .map((id) => ({ name: id, selector: `#${id}` }))
        .concat([{ name: 'maturity', selector: 'figure.maturity-chart svg' }]),
      floor: 'clientOverview',
    },
    {
      id: 'portfolioTable',
      label: `Portfolio register table (${clientUseCases} use cases)`,
      hash: `${c}/portfolio?view=table`,
      waits: [{ name: 'portfolioTable', selector: 'table.uc-table tbody tr' }],
      floor: 'portfolioTable',
    },
    {
      id: 'portfolioMap',
      label: 'Portfolio impact/effort map',
      hash: `${c}/portfolio?view=map`,
      waits: [{ name: 'portfolioMap', selector: 'figure.impact-map .map-dot' }],
      floor: 'portfolioMap',
    },
    register,
    {
      id: 'useCaseDetail',
      label: `Use case with ${loaded.heavyMeasurements} measurements: page and ${loaded.heavyKpis} KPI charts`,
      hash: `${c}/portfolio/${t.heavyUseCaseId}`,
      waits: [
        { name: 'useCaseDetail', selector: 'figure.kpi-chart .line-chart__line', count: loaded.heavyKpis },
      ],
      floor: 'useCaseDetail',
    },
  ];
}

/** The screens that show the whole workspace beyond the home screen: the planning weeks across every client. */
export const PLANNING_STEP = {
  id: 'planning',
  label: 'Planning: six weeks due across every client',
  hash: '#/planning',
  waits: [
    { name: 'planning', selector: 'section.plan-week', count: 6 },
    { name: 'planningRows', selector: 'section.plan-week table tbody tr' },
  ],
};

/** An app page on the home screen; `unlock`: the passphrase of an encrypted workspace, typed on the unlock screen. */
export async function openApp(context, base, heap, { unlock } = {}) {
  const page = await context.newPage();
  await heap.attach(context, page);
  await page.goto(`${base}#/`);
  if (unlock) {
    await page.getByLabel('Passphrase', { exact: true }).fill(unlock);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await page.evaluate((waits) => window.__benchWait(waits), HOME_WAITS);
  return page;
}

/** Resolves when the page's main thread is idle (or after a second). */
const IDLE = () => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 1000 }));

/**
 * Every step in every page of `pages` (name -> app page), interleaved: step 1 in each page, then step 2
 * in each page..., so pages compared with each other (plain and encrypted) run under the same load.
 * Returns per page name the samples by step id and the first (cold) run.
 */
export async function measureNavigation(pages, steps, config) {
  const out = Object.fromEntries(Object.keys(pages).map((name) => [name, { first: {} }]));
  const names = Object.keys(pages);
  for (let i = 0; i < config.warmup + config.runs; i++) {
    for (const [k, s] of steps.entries()) {
      // The order alternates (AB, BA, ...): the page measured second would otherwise always share the machine
      // with the first one's trailing work (effects, live queries, GC) after its paint. And each page is
      // measured only once every page is idle.
      const order = (i + k) % 2 === 0 ? names : [...names].reverse();
      for (const name of order) {
        const page = pages[name];
        await Promise.all(Object.values(pages).map((p) => p.evaluate(IDLE)));
        const r = await page.evaluate(async ({ hash, waits }) => {
          const start = performance.now();
          location.hash = hash;
          const done = await window.__benchWait(waits);
          return {
            total: done.painted - start,
            found: Object.fromEntries(Object.entries(done.found).map(([k, v]) => [k, v - start])),
          };
        }, s);
        const parts = {
          [s.id]: r.total,
          ...Object.fromEntries((s.extraParts ?? []).map((p) => [p.id, r.found[p.id]])),
        };
        for (const [id, ms] of Object.entries(parts)) {
          if (i === 0) out[name].first[id] = ms;
          if (i >= config.warmup) (out[name][id] ??= []).push(ms);
        }
      }
    }
  }
  return out;
}

/**
 * The export: open the print view of the frozen report, wait for data-print-ready, print to PDF as Electron does.
 * Turn about with it, the floor: the same slides as static HTML (the print view's document without its scripts,
 * served from the same origin with the same stylesheets and fonts), loaded and printed the same way.
 */
export async function pdfExport(context, base, reportId, config, heap) {
  const samples = [];
  const render = [];
  const floor = [];
  let pages = 0;
  let staticHtml = null;
  const staticUrl = `${base}bench/static-report.html`;
  await context.route(staticUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: staticHtml ?? '' }),
  );
  const countPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  for (let i = 0; i < config.warmup + config.runs; i++) {
    const page = await context.newPage();
    const sampler = await heap.attach(context, page);
    const start = performance.now();
    await page.goto(`${base}#/print/report/${reportId}`, { waitUntil: 'commit' });
    await page.waitForSelector('body[data-print-ready="true"]', { timeout: 60_000 });
    const ready = performance.now();
    await sampler.sample();
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    const end = performance.now();
    pages = countPages(pdf);
    staticHtml ??= await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true);
      for (const script of copy.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
      // Relative addresses (the app's own stylesheet) resolve as in the print view.
      const base = document.createElement('base');
      base.href = `${location.origin}/`;
      copy.querySelector('head').prepend(base);
      return `<!doctype html>${copy.outerHTML}`;
    });
    if (i >= config.warmup) {
      samples.push(end - start);
      render.push(ready - start);
    }
    await page.close();

    const plain = await context.newPage();
    const floorStart = performance.now();
    await plain.goto(staticUrl, { waitUntil: 'load' });
    await plain.evaluate(() => document.fonts.ready.then(() => undefined));
    const floorPdf = await plain.pdf({ printBackground: true, preferCSSPageSize: true });
    if (i >= config.warmup) floor.push(performance.now() - floorStart);
    if (countPages(floorPdf) !== pages)
      throw new Error(
        `The static copy of the slides prints ${countPages(floorPdf)} pages, the print view ${pages}`,
      );
    await plain.close();
  }
  await context.unroute(staticUrl);
  return { samples, render, pages, stats: summarise(samples), floor: summarise(floor) };
}

/** Added to an app page before the typing measure: collects Event Timing entries (the INP measure) by interaction. */
const EVENT_TIMING = `
window.__benchEvents = new Map();
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if (e.interactionId) window.__benchEvents.set(e.interactionId, Math.max(window.__benchEvents.get(e.interactionId) ?? 0, e.duration));
}).observe({ type: 'event', durationThreshold: 16, buffered: false });`;

/** The fields typed into: one of each kind, on the screens where a keystroke redraws the most. */
export function typingFields(t) {
  const c = `#/clients/${t.largestClientId}`;
  const report = `${c}/reports/${t.draftReportId}`;
  const useCase = `${c}/portfolio/${t.heavyUseCaseId}`;
  return [
    {
      id: 'typeHeadline',
      label: 'Typing: report headline (text field, with the slide previews)',
      hash: report,
      field: { label: 'Headline 1' },
      text: 'Pilot saves recruiters four hours a week',
    },
    {
      id: 'toggleSlide',
      label: 'Ticking a slide on or off (report editor)',
      hash: report,
      toggle: 'checkbox',
      times: 10,
    },
    {
      id: 'typeTitle',
      label: 'Typing: use case title (text field, page with 4 KPI charts)',
      hash: useCase,
      field: { label: 'Title' },
      text: ' (pilot)',
    },
    {
      id: 'typeHypothesis',
      label: 'Typing: use case hypothesis (text area)',
      hash: useCase,
      field: { label: 'Hypothesis' },
      text: ' Measured weekly by the team lead.',
    },
    {
      id: 'typeBudget',
      label: 'Typing: use case budget (number field)',
      hash: useCase,
      field: { label: 'Budget planned (EUR)' },
      text: '125000',
      replace: true,
    },
  ];
}

/**
 * Input-to-paint of each keystroke (or click) in each field: the Event Timing duration of every interaction,
 * as INP counts it. Interactions shorter than 16 ms are not reported by the browser and count as 16 ms.
 */
export async function measureTyping(page, fields, config) {
  await page.evaluate(EVENT_TIMING);
  const out = {};
  for (const f of fields) {
    await page.evaluate((hash) => (location.hash = hash), f.hash);
    const samples = [];
    for (let i = 0; i < Math.max(1, Math.min(config.runs, 3)); i++) {
      await page.evaluate(() => window.__benchEvents.clear());
      let count;
      if (f.toggle) {
        const box = page.getByRole('region', { name: 'Slides' }).getByRole('checkbox').nth(1);
        for (let k = 0; k < f.times; k++) await box.click();
        count = f.times;
      } else {
        const field = page.getByLabel(f.field.label, { exact: true });
        await field.click();
        if (f.replace) await field.press('Control+a');
        await page.keyboard.type(f.text, { delay: 60 });
        count = f.text.length;
      }
      await page.waitForTimeout(300);
      const measured = await page.evaluate(() => [...window.__benchEvents.values()]);
      samples.push(...measured, ...Array(Math.max(0, count - measured.length)).fill(16));
    }
    out[f.id] = samples;
  }
  return out;
}
