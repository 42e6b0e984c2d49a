// `node bench/profile.mjs [--scale=1] [--step=useCaseDetail] [--no-build]`: loads the workspace like
// `npm run bench`, then records a CPU profile (CDP Profiler) of each navigation step and prints where
// the main thread spent its time (self time by function). Build unminified for readable names:
// the script does that itself unless --no-build is given.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startBenchServer } from './server.mjs';
import { navigationSteps, WAIT_SCRIPT } from './steps.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0], a.split('=')[1] ?? true]));
const root = new URL('..', import.meta.url).pathname;
const port = Number(args.port ?? 4417);
if (!args['no-build']) {
  execFileSync('npx', ['vite', 'build', '--minify', 'false', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });
}
const server = await startBenchServer(port);
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
await context.addInitScript({ content: WAIT_SCRIPT });
try {
  const loader = await context.newPage();
  await loader.goto(`${base}bench/`);
  await loader.waitForSelector('body[data-ready="true"]');
  const loaded = await loader.evaluate((o) => window.caioBench.load(o), { seed: 1, scale: Number(args.scale ?? 1) });
  await loader.close();
  const page = await context.newPage();
  await page.goto(`${base}#/`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const steps = navigationSteps(loaded.targets, loaded);
  const go = (s) => page.evaluate(async ({ hash, waits }) => {
    const start = performance.now();
    location.hash = hash;
    const done = await window.__benchWait(waits);
    return done.painted - start;
  }, s);
  for (let round = 0; round < 2; round++) for (const s of steps) await go(s);
  for (const s of steps) {
    if (args.step && args.step !== s.id) {
      await go(s);
      continue;
    }
    if (args.trace) {
      await traceStep(cdp, () => go(s), s.id);
      continue;
    }
    await cdp.send('Profiler.start');
    const ms = await go(s);
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const f = n.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top ?? 18));
    console.log(`\n== ${s.id}: ${ms.toFixed(0)} ms`);
    for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  }
} finally {
  await browser.close();
  server.close();
}

/** Main-thread time of one step by kind of work (script, style, layout, paint, GC), from a Chromium trace. */
async function traceStep(cdp, run, id) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] }, transferMode: 'ReportEvents' });
  const ms = await run();
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
  const own = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of own) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000);
    stack.push(e);
  }
  console.log(`\n== ${id}: ${ms.toFixed(0)} ms (main-thread self time by event)`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
