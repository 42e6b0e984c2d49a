// `npm run bench -- --scales[=0.2,1,5]`: the scaling curve. At each scale a fresh browser context gets the
// generated workspace with the largest client anchored to its size at the base scale (1), so the client's
// screens compare a same-sized client in a smaller and a larger workspace; the home and planning screens show
// the whole workspace. Writes bench/results/scales.{json,md,svg} and the README's curve.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser, newBenchContext, openLoader } from './browser.mjs';
import { updateReadme } from './readme.mjs';
import { startBenchServer } from './server.mjs';
import { scalesChart } from './scalesChart.mjs';
import { machine, machineLine } from './stats.mjs';
import {
  HeapSampler,
  measureFloor,
  measureNavigation,
  navigationSteps,
  openApp,
  PLANNING_STEP,
} from './steps.mjs';

/** The screens that show every client (the rest show one client: the anchored largest one). */
const WORKSPACE_SCREENS = ['home', 'planning'];
/** A client's screen at the largest scale against the base scale, same-sized client. */
const CLIENT_RATIO = 1.5;

export async function runScales({ root, out, config, scales, log, readme }) {
  const base = scales.includes(1) ? 1 : Math.min(...scales);
  const server = await startBenchServer(config.port);
  const address = `http://127.0.0.1:${config.port}/`;
  const browser = await launchBrowser();
  const version = browser.version();
  const points = [];
  try {
    for (const scale of scales) {
      try {
        points.push(await measureScale(browser, address, scale, base, config, log));
      } catch (error) {
        // A scale that cannot be measured (a screen that never appears) is reported, and the curve goes on.
        log(
          `Scale ${scale}: not measured (${error instanceof Error ? error.message.split('\n')[0] : error})`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const result = {
    machine: machine(root, version, { ...config, scale: scales.join(', ') }),
    base,
    points,
    judged: judge(points, base),
  };
  const table = scalesTable(result);
  const text = machineLine(result.machine);
  mkdirSync(out, { recursive: true });
  const name = config.smoke ? 'scales-smoke' : 'scales';
  writeFileSync(`${out}${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${out}${name}.md`, `# Scaling curve\n\n${text}\n\n${table}\n`);
  writeFileSync(`${out}${name}.svg`, scalesChart(result));
  if (readme)
    updateReadme(
      `${root}README.md`,
      text,
      `![Scaling curve](bench/results/scales.svg)\n\n${table}`,
      'scales',
    );
  console.log(`\n${text}\n\n${table}\n`);
  const missed = result.judged.filter((j) => j.met === false).map((j) => j.id);
  log(missed.length ? `Scaling targets missed: ${missed.join(', ')}` : 'All scaling targets met.');
  log(`Results in bench/results/${name}.json, .md and .svg`);
}

async function measureScale(browser, address, scale, base, config, log) {
  const context = await newBenchContext(browser);
  try {
    const loader = await openLoader(context, address);
    log(`Scale ${scale}: generating and loading the workspace (largest client as at scale ${base})`);
    const loaded = await loader.evaluate((o) => window.caioBench.load(o), {
      seed: config.seed,
      scale,
      largestClientScale: base,
    });
    const records = Object.values(loaded.counts).reduce((a, b) => a + b, 0);
    log(
      `Scale ${scale}: ${records.toLocaleString('en-GB')} records (${loaded.counts.clients} clients) in ` +
        `${Math.round(loaded.generateMs)} ms generating + ${Math.round(loaded.writeMs)} ms writing`,
    );
    const steps = [...navigationSteps(loaded.targets, loaded), PLANNING_STEP];
    const floors = {};
    for (const s of steps)
      if (s.floor) floors[s.id] = await measureFloor(loader, s.floor, loaded.targets, config);
    await loader.close();
    const heap = new HeapSampler.Group();
    const page = await openApp(context, address, heap);
    const nav = await measureNavigation({ plain: page }, steps, config);
    await page.close();
    const screens = {};
    for (const s of steps)
      for (const { id, label } of [s, ...(s.extraParts ?? [])]) {
        const samples = [...nav.plain[id]].sort((a, b) => a - b);
        screens[id] = {
          label,
          median: samples[Math.floor(samples.length / 2)],
          min: samples[0],
          max: samples.at(-1),
          floor: floors[s.id]?.drawn?.median ?? floors[s.id]?.stats.median ?? null,
        };
      }
    return {
      scale,
      records,
      clients: loaded.counts.clients,
      clientUseCases: loaded.clientUseCases,
      generateMs: loaded.generateMs,
      writeMs: loaded.writeMs,
      heapMb: heap.peak() / 1048576,
      screens,
    };
  } finally {
    await context.close();
  }
}

/** Each screen at the largest scale against the base: a client's within 1.5x, the whole workspace's at most linear. */
function judge(points, base) {
  const at = (scale) => points.find((p) => p.scale === scale);
  const top = points.reduce((a, b) => (b.scale > a.scale ? b : a));
  const from = at(base);
  return Object.keys(from.screens).map((id) => {
    const workspace = WORKSPACE_SCREENS.includes(id);
    const limit = workspace ? top.scale / base : CLIENT_RATIO;
    const ratio = top.screens[id].median / Math.max(from.screens[id].median, 0.1);
    return {
      id,
      workspace,
      from: base,
      to: top.scale,
      ratio,
      limit,
      met: top === from ? null : ratio <= limit,
    };
  });
}

const ms = (v) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);

export function scalesTable({ points, judged, base }) {
  const cols = points.map((p) => `Scale ${p.scale}`);
  const top = judged[0]?.to;
  const growth = points.find((p) => p.scale === top).records / points.find((p) => p.scale === base).records;
  const lines = [
    `| Screen | Shows | ${cols.join(' | ')} | Scale ${top} vs ${base} | Target | Met |`,
    `|---|---|${cols.map(() => '---:').join('|')}|---:|---:|:---:|`,
    `| Workspace | | ${points.map((p) => `${p.clients} clients, ${p.records.toLocaleString('en-GB')} records`).join(' | ')} | ${growth.toFixed(1)}x | | |`,
  ];
  for (const j of judged) {
    const cells = points.map((p) => {
      const s = p.screens[j.id];
      return s ? `${ms(s.median)}${s.floor === null ? '' : ` (floor ${ms(s.floor)})`}` : '–';
    });
    const label = points[0].screens[j.id].label.replace(/ \(\d+ (use cases|rows)\)/, '');
    const target = j.workspace ? `≤ ${j.limit}x (linear)` : `≤ ${j.limit}x (same-sized client)`;
    lines.push(
      `| ${label} | ${j.workspace ? 'every client' : 'the largest client'} | ${cells.join(' | ')} | ${j.ratio.toFixed(2)}x | ${target} | ${j.met === null ? '' : j.met ? 'yes' : '**no**'} |`,
    );
  }
  lines.push(
    `| Peak JS heap of the app | | ${points.map((p) => `${p.heapMb.toFixed(0)} MB`).join(' | ')} | | | |`,
  );
  return lines.join('\n');
}
