// `node bench/profile.mjs [--scale=1] [--anchored] [--step=useCaseDetail] [--from=home] [--no-build] [--encrypted] [--repeat=3]`
// or `--typing=typeTitle` (a field of `typingFields`: profile typing its text instead of the navigation steps;
// with --trace: main-thread time by kind of work; both print the IndexedDB reads per keystroke by store):
// loads the workspace like `npm run bench` (with --encrypted: then encrypts it and unlocks the app),
// then records a CPU profile (CDP Profiler) of each navigation step and prints where the main thread
// spent its time (self time by function, summed over --repeat runs of the step). Build unminified for readable names:
// the script does that itself unless --no-build is given.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startBenchServer } from './server.mjs';
import { navigationSteps, PLANNING_STEP, typingFields, WAIT_SCRIPT } from './steps.mjs';

/** Counts the IndexedDB read requests by store from here on (which live queries a keystroke re-runs). */
const COUNT_READS = `
window.__benchReads = {};
for (const Kind of [IDBObjectStore, IDBIndex])
  for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
    const original = Kind.prototype[name];
    if (!original || original.__counted) continue;
    const counted = function (...a) {
      const store = this instanceof IDBIndex ? this.objectStore.name + '.' + this.name : this.name;
      const key = store + ' ' + name;
      window.__benchReads[key] = (window.__benchReads[key] ?? 0) + 1;
      return original.apply(this, a);
    };
    counted.__counted = true;
    Kind.prototype[name] = counted;
  }`;

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0], a.split('=')[1] ?? true]),
);
const root = new URL('..', import.meta.url).pathname;
const port = Number(args.port ?? 4417);
if (!args['no-build']) {
  execFileSync('npx', ['vite', 'build', '--minify', 'false', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });
}
const server = await startBenchServer(port);
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
await context.addInitScript({ content: WAIT_SCRIPT });
try {
  const loader = await context.newPage();
  await loader.goto(`${base}bench/`);
  await loader.waitForSelector('body[data-ready="true"]');
  const loaded = await loader.evaluate((o) => window.caioBench.load(o), {
    seed: 1,
    scale: Number(args.scale ?? 1),
    // As in `--scales`: the largest client keeps its size at scale 1.
    largestClientScale: args.anchored ? 1 : undefined,
  });
  const passphrase = 'bench passphrase, not a secret';
  if (args.encrypted) await loader.evaluate((p) => window.caioBench.encrypt(p), passphrase);
  await loader.close();
  const page = await context.newPage();
  await page.goto(`${base}#/`);
  if (args.encrypted) {
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await page.waitForSelector('table[aria-label="Clients"] tbody tr');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const steps = [...navigationSteps(loaded.targets, loaded), PLANNING_STEP];
  const go = (s) =>
    page.evaluate(async ({ hash, waits }) => {
      const start = performance.now();
      location.hash = hash;
      const done = await window.__benchWait(waits);
      return done.painted - start;
    }, s);
  for (let round = 0; round < 2; round++) for (const s of steps) await go(s);
  if (args.typing) {
    const f = typingFields(loaded.targets).find((x) => x.id === args.typing);
    await page.evaluate((hash) => (location.hash = hash), f.hash);
    const field = f.toggle
      ? page.getByRole('region', { name: 'Slides' }).getByRole('checkbox').nth(1)
      : page.getByLabel(f.field.label, { exact: true });
    await field.click();
    const inputs = f.toggle ? f.times : f.text.length;
    const type = async () => {
      const begun = Date.now();
      if (f.toggle) for (let k = 0; k < f.times; k++) await field.click();
      else await page.keyboard.type(f.text, { delay: 60 });
      await page.waitForTimeout(500);
      return Date.now() - begun;
    };
    await page.evaluate(COUNT_READS);
    if (args.trace) await traceStep(cdp, type, `${f.id} (${inputs} inputs)`);
    else {
      await cdp.send('Profiler.start');
      const ms = await type();
      const { profile } = await cdp.send('Profiler.stop');
      printTop(profile, `${f.id}: ${ms} ms wall for ${inputs} inputs`);
    }
    const reads = await page.evaluate(() => window.__benchReads);
    console.log(
      `   IndexedDB reads per input (by store, request): ${Object.entries(reads)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${(n / inputs).toFixed(1)}`)
        .join(', ')}`,
    );
  }
  for (const s of args.typing ? [] : steps) {
    if (args.step && args.step !== s.id) {
      await go(s);
      continue;
    }
    if (args.trace) {
      await traceStep(cdp, () => go(s), s.id);
      continue;
    }
    const self = new Map();
    const inclusive = new Map();
    const watched = String(
      args.inclusive ?? 'decrypt,encrypt,open,parseSecret,cacheKeyOf,withoutVaultFields',
    ).split(',');
    const times = [];
    for (let r = 0; r < Number(args.repeat ?? 1); r++) {
      // Arrive as the bench does: from the step before it in the sequence (or --from=<step id>).
      if (r > 0)
        await go(
          steps.find((x) => x.id === args.from) ??
            steps[(steps.indexOf(s) + steps.length - 1) % steps.length],
        );
      await cdp.send('Profiler.start');
      times.push(await go(s));
      const { profile } = await cdp.send('Profiler.stop');
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
      const dt = profile.timeDeltas;
      profile.samples.forEach((id, i) => {
        const f = byId.get(id).callFrame;
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
        const onStack = new Set();
        for (let n = id; n !== undefined; n = parent.get(n))
          if (watched.includes(byId.get(n).callFrame.functionName))
            onStack.add(byId.get(n).callFrame.functionName);
        for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
      });
    }
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top ?? 18));
    console.log(`\n== ${s.id}: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
    console.log(
      `   inclusive: ${watched.map((name) => `${name} ${(inclusive.get(name) ?? 0).toFixed(1)} ms`).join(', ')}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

/** Self time by function of one CPU profile, top --top. */
function printTop(profile, title) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\n== ${title}`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top ?? 18)))
    console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}

/** Main-thread time of one step by kind of work (script, style, layout, paint, GC), from a Chromium trace. */
async function traceStep(cdp, run, id) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  });
  const ms = await run();
  await cdp.send('Tracing.end');
  await done;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'),
  );
  const own = events
    .filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
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
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
