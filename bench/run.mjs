// `npm run bench`: builds the app and the loader page, serves both on one origin, loads the large
// generated workspace into Chromium's IndexedDB and measures the app in Debian's Chromium with the
// Performance API (median and spread over several runs after a warm-up). Writes bench/results/.
// Options: --scale=1 --seed=1 --runs=7 --warmup=2 --port=4416 --no-build --smoke (tiny scale, one run).
// --scales[=0.2,1,5]: the scaling curve instead (bench/scales.mjs; with --smoke at tiny scales).
// --vault-only: only the screens plain and encrypted (with --with-backup also backup and restore), for
// iterating on the encryption's cost; writes bench/results/vault-only.* and leaves the README alone.
// --typing-only[=typeHeadline,toggleSlide]: only the typing measure (all its fields, or those named), in a
// few minutes; writes bench/results/typing-only.* and leaves the README alone.
// --cold-only: only the cold start, its bare-page floor and the first screen's JavaScript; writes
// bench/results/cold-only.* and leaves the README alone.
// --sync-only: only the first sync of a client with 2,000 records and its PouchDB floor (bench/syncBench.mjs);
// writes bench/results/sync-only.* and leaves the README alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser, newBenchContext, openLoader as openBenchLoader } from './browser.mjs';
import { startBenchServer } from './server.mjs';
import { measureFirstSync } from './syncBench.mjs';
import { machine, machineLine, markdownTable, summarise } from './stats.mjs';
import {
  bareStart,
  coldStart,
  DRAWN_FLOORS,
  firstScreenJs,
  HeapSampler,
  measureFloor,
  measureNavigation,
  navigationSteps,
  measureTyping,
  openApp,
  pdfExport,
  typingFields,
} from './steps.mjs';
import { updateReadme } from './readme.mjs';

// `--key=value`, `--key value` or a bare `--flag`.
const args = {};
for (const [i, arg] of process.argv.slice(2).entries()) {
  const previous = process.argv[i + 1];
  if (!arg.startsWith('--') && previous?.startsWith('--') && !previous.includes('=')) {
    args[previous.slice(2)] = arg;
    continue;
  }
  const [key, value] = arg.replace(/^--/, '').split('=');
  args[key] = value ?? true;
}
const smoke = Boolean(args.smoke);
const vaultOnly = Boolean(args['vault-only']);
const typingOnly = args['typing-only'];
const syncOnly = Boolean(args['sync-only']);
const coldOnly = Boolean(args['cold-only']);
const withBackup = !vaultOnly || Boolean(args['with-backup']);
const num = (value, fallback) => (value === undefined || value === true ? fallback : Number(value));
const config = {
  scale: num(args.scale, smoke ? 0.02 : 1),
  seed: num(args.seed, 1),
  runs: num(args.runs, smoke ? 1 : 7),
  warmup: num(args.warmup, 1 + (smoke ? 0 : 1)),
  port: num(args.port ?? process.env.BENCH_PORT, 4416),
};
const root = new URL('..', import.meta.url).pathname;
const out = new URL('./results/', import.meta.url).pathname;
const BENCH_PASSPHRASE = 'bench passphrase, not a secret';
/** The most an encrypted screen may take, relative to the same screen without encryption. */
const VAULT_RATIO = 1.3;
/** Backup against reading every row; restore against parsing the file and `bulkPut` of its rows; peak heap of either per byte of the file. */
const BACKUP_RATIO = 1.5;
const RESTORE_RATIO = 2;
const HEAP_PER_FILE = 2.5;
/** Input-to-paint of a keystroke or click, at the 95th percentile (Event Timing, as INP counts it). */
const TYPING_P95 = 50;
const log = (...parts) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

if (!args['no-build']) {
  log('Building the app and the loader page');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
}

if (args.scales) {
  const { runScales } = await import('./scales.mjs');
  const scales =
    args.scales === true ? (smoke ? [0.02, 0.04] : [0.2, 1, 5]) : String(args.scales).split(',').map(Number);
  await runScales({
    root,
    out,
    config: { ...config, smoke },
    scales,
    log,
    readme: !smoke && !args['no-readme'],
  });
  process.exit(0);
}

/** Where the bench server passes /couch/ on to (the sync step's server, while it runs). */
const couch = { port: 0 };
const server = await startBenchServer(config.port, couch);
const base = `http://127.0.0.1:${config.port}/`;
const browser = await launchBrowser();
const newContext = () => newBenchContext(browser);
// Two browser contexts, each with its own IndexedDB: the workspace plain in one, the same workspace
// encrypted in the other, measured turn about so that both see the same load on the machine.
const context = await newContext();
const vaultContext = await newContext();
const results = { config, machine: machine(root, browser.version(), config), load: null, steps: [] };
const floors = {};

/** The first sync of a client and its floor (a context of its own, its own server). */
const firstSync = () =>
  measureFirstSync({ root, newContext, base, couch, config, log, records: smoke ? 200 : 2000 });

try {
  if (syncOnly) {
    results.steps.push(await firstSync());
    await browser.close();
    server.close();
    writeOnly('sync-only', 'First sync only');
    process.exit(0);
  }

  // 1. Loader page: the workspace, the floors, the PPTX.
  let loader = await openLoader(context);
  log(`Generating and loading the workspace (scale ${config.scale}, seed ${config.seed})`);
  const loaded = await loader.evaluate((o) => window.caioBench.load(o), {
    seed: config.seed,
    scale: config.scale,
  });
  results.load = loaded;
  const t = loaded.targets;
  log(
    `Loaded ${Object.values(loaded.counts)
      .reduce((a, b) => a + b, 0)
      .toLocaleString(
        'en-GB',
      )} records in ${Math.round(loaded.generateMs + loaded.writeMs)} ms; report of ${loaded.reportPages} pages`,
  );

  if (coldOnly) {
    await loader.close();
    coldSteps(
      await bareStart(context, base, config),
      await coldStart(context, base, config, new HeapSampler.Group()),
    );
    await browser.close();
    server.close();
    writeOnly('cold-only', 'Cold start only');
    process.exit(0);
  }

  if (typingOnly) {
    await loader.close();
    const only = typingOnly === true ? null : String(typingOnly).split(',');
    const fields = typingFields(t).filter((f) => !only || only.includes(f.id));
    const app = await openApp(context, base, new HeapSampler.Group());
    pushTyping(fields, await measureTyping(app, fields, config));
    await app.close();
    await browser.close();
    server.close();
    writeOnly('typing-only', 'Typing only');
    process.exit(0);
  }

  // The screens' floors take seconds, so --vault-only measures them too (the ratio to the floor is the target);
  // with --with-backup also the backup's floor (reading every row).
  for (const id of vaultOnly
    ? [...DRAWN_FLOORS, ...(withBackup ? ['everything'] : [])]
    : [...DRAWN_FLOORS, 'report', 'everything']) {
    floors[id] = await measureFloor(loader, id, t, config);
  }
  log(
    'Floors:',
    Object.entries(floors)
      .map(
        ([k, f]) =>
          `${k} ${f.stats.median.toFixed(1)} ms${f.drawn ? ` (drawn ${f.drawn.median.toFixed(1)} ms)` : ''}`,
      )
      .join(', '),
  );

  const pptx = [];
  let pptxBytes = 0;
  await loader.evaluate(() => window.gc?.());
  const loaderHeap = await HeapSampler.attach(context, loader);
  for (let i = 0; i < (vaultOnly ? 0 : config.warmup + config.runs); i++) {
    const r = await loader.evaluate((id) => window.caioBench.pptx(id), t.reportId);
    pptxBytes = r.bytes;
    if (i >= config.warmup) pptx.push(r.ms);
  }
  const pptxHeap = loaderHeap.stop();
  await loader.close();

  // 2. The same workspace, encrypted, in the other context (as the setup dialog does it).
  // The loader page stays open until its backups: its session is the one unlocked by the setup.
  const vaultLoader = await openLoader(vaultContext);
  log('Loading the same workspace in a second context and encrypting it (vault setup, every record)');
  await vaultLoader.evaluate((o) => window.caioBench.load(o), { seed: config.seed, scale: config.scale });
  const encrypted = await vaultLoader.evaluate((p) => window.caioBench.encrypt(p), BENCH_PASSPHRASE);
  log(`Encrypted in ${Math.round(encrypted.ms)} ms`);

  // 3. The app: cold start, navigation (plain and encrypted turn about), PDF export.
  const heap = new HeapSampler.Group();
  if (!vaultOnly) {
    coldSteps(await bareStart(context, base, config), await coldStart(context, base, config, heap));
  }

  const steps = navigationSteps(t, loaded);
  const pages = {
    plain: await openApp(context, base, heap),
    vault: await openApp(vaultContext, base, heap, { unlock: BENCH_PASSPHRASE }),
  };
  const nav = await measureNavigation(pages, steps, config);
  const typing = vaultOnly ? {} : await measureTyping(pages.plain, typingFields(t), config);
  for (const page of Object.values(pages)) await page.close();
  for (const s of steps)
    for (const { id, label } of [s, ...(s.extraParts ?? [])])
      results.steps.push(
        step(id, label, nav.plain[id], { target: 100, floor: s.floor, ratio: 2, first: nav.plain.first[id] }),
      );

  pushTyping(vaultOnly ? [] : typingFields(t), typing);

  if (!vaultOnly) {
    const pdf = await pdfExport(context, base, t.reportId, config, heap);
    results.steps.push(
      step(
        'pdf',
        `Export the ${loaded.reportPages}-slide board report to PDF (print view + PDF)`,
        pdf.samples,
        {
          target: 2000,
          floor: 'report',
          ratio: 2,
          drawn: pdf.floor,
          detail: { pages: pdf.pages, renderMedianMs: summarise(pdf.render).median },
        },
      ),
    );
    results.steps.push(
      step('pptx', `Export the ${loaded.reportPages}-slide board report to PPTX`, pptx, {
        target: 1000,
        floor: 'report',
        detail: { bytes: pptxBytes },
      }),
    );
  }

  // 4. Backup and restore in the loader pages (after the app pages are closed), plain and encrypted turn about.
  loader = await openLoader(context);
  const vaultBackups = { backups: [], restores: [] };
  if (!withBackup) {
    // --vault-only without --with-backup
  } else if (await loader.evaluate(() => window.caioBench.backupAvailable)) {
    const backups = [];
    const restores = [];
    const restoreParts = [];
    const restoreFloors = [];
    const heapPeaks = { backup: 0, restore: 0 };
    let backupBytes = 0;
    const backupHeap = await HeapSampler.attach(context, loader);
    /** Runs `action` in the loader page from a collected heap; records how far the page's heap grew during it under `phase`. */
    const inLoader = async (phase, action) => {
      await loader.evaluate(() => window.gc?.());
      await backupHeap.sample();
      const before = backupHeap.take();
      const r = await loader.evaluate(action);
      await backupHeap.sample();
      const peak = backupHeap.take() - before;
      if (phase) heapPeaks[phase] = Math.max(heapPeaks[phase], peak);
      return r;
    };
    const n = Math.max(1, Math.min(config.runs, 5));
    for (let i = 0; i < Math.min(config.warmup, 1) + n; i++) {
      const b = await inLoader('backup', () => window.caioBench.backup());
      const vb = await vaultLoader.evaluate(() => window.caioBench.backup());
      const rf = await inLoader(null, () => window.caioBench.restoreFloor());
      const r = await inLoader('restore', () => window.caioBench.restore());
      const vr = await vaultLoader.evaluate(() => window.caioBench.restore());
      backupBytes = b.bytes;
      if (i >= Math.min(config.warmup, 1)) {
        backups.push(b.ms);
        restores.push(r.ms);
        restoreParts.push(r);
        restoreFloors.push(rf.ms);
        vaultBackups.backups.push(vb.ms);
        vaultBackups.restores.push(vr.ms);
      }
    }
    backupHeap.stop();
    results.steps.push(
      step('backup', 'Full backup of the workspace', backups, {
        floor: 'everything',
        ratio: BACKUP_RATIO,
        detail: { bytes: backupBytes },
      }),
    );
    results.steps.push(
      step('restore', 'Full restore of that backup (check the file, then write)', restores, {
        floor: 'everything',
        ratio: RESTORE_RATIO,
        drawn: summarise(restoreFloors),
        detail: {
          analyseMedianMs: summarise(restoreParts.map((p) => p.analyseMs)).median,
          writeMedianMs: summarise(restoreParts.map((p) => p.writeMs)).median,
        },
      }),
    );
    const fileMb = backupBytes / 1048576;
    if (!vaultOnly)
      results.steps.push({
        id: 'heapPptx',
        label: 'Peak JS heap during the PPTX export',
        unit: 'MB',
        stats: summarise([pptxHeap / 1048576]),
        target: { value: 200 },
        met: pptxHeap / 1048576 <= 200,
      });
    for (const phase of ['backup', 'restore']) {
      const mb = heapPeaks[phase] / 1048576;
      results.steps.push({
        id: `heap.${phase}`,
        label: `Peak JS heap growth during a ${phase} (the file: ${fileMb.toFixed(1)} MB of text)`,
        unit: 'MB',
        stats: summarise([mb]),
        target: { value: HEAP_PER_FILE * fileMb },
        met: mb <= HEAP_PER_FILE * fileMb,
      });
    }
  } else {
    for (const [id, label] of [
      ['backup', 'Full backup of the workspace'],
      ['restore', 'Full restore of that backup'],
    ])
      results.steps.push({
        id,
        label,
        unit: 'ms',
        target: { value: 5000 },
        skipped: 'the backup code is not in this build yet',
      });
    results.steps.push({
      id: 'heapBackup',
      label: 'Peak JS heap during PPTX export',
      unit: 'MB',
      stats: summarise([pptxHeap / 1048576]),
      target: { value: 200 },
      met: pptxHeap / 1048576 <= 200,
    });
  }
  await loader.close();
  await vaultLoader.close();

  // 5. The first sync of a client with 2,000 records against PouchDB alone (after the other pages are closed).
  const sync = vaultOnly ? null : await firstSync();

  // 6. Encryption on: each step as a ratio to the plain median measured turn about with it.
  for (const s of steps)
    for (const { id, label } of [s, ...(s.extraParts ?? [])])
      results.steps.push(vaultStep(id, label, nav.vault[id]));
  if (vaultBackups.backups.length > 0) {
    results.steps.push(vaultStep('backup', 'Full backup of the workspace', vaultBackups.backups, false));
    results.steps.push(
      vaultStep(
        'restore',
        'Full restore of that backup (check the file, then write)',
        vaultBackups.restores,
        false,
      ),
    );
  }
  if (sync) results.steps.push(sync);
  const peak = heap.peak() / 1048576;
  results.steps.push({
    id: 'heap',
    label: 'Peak JS heap of the app (all screens above, PDF view)',
    unit: 'MB',
    stats: summarise([peak]),
    target: { value: 200 },
    met: peak <= 200,
  });
} finally {
  await browser.close();
  server.close();
}

const table = markdownTable(results);
const machineText = machineLine(results.machine);
mkdirSync(out, { recursive: true });
const name = smoke ? 'smoke' : vaultOnly ? 'vault-only' : 'latest';
writeFileSync(`${out}${name}.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${out}${name}.md`, `# Benchmark results\n\n${machineText}\n\n${table}\n`);
if (!smoke && !vaultOnly && !args['no-readme']) updateReadme(`${root}README.md`, machineText, table);
console.log(`\n${machineText}\n\n${table}\n`);
const missed = results.steps.filter((s) => s.met === false).map((s) => s.id);
log(missed.length ? `Targets missed: ${missed.join(', ')}` : 'All measured targets met.');
log(`Results in bench/results/${name}.json and ${name}.md`);

/** The cold start's rows: the start against the bare page, and the JavaScript loaded before the home screen. */
function coldSteps(bare, cold) {
  const js = firstScreenJs(root, cold.scripts);
  results.steps.push(
    step(
      'coldStart',
      `Cold start to an interactive home screen (${results.load.counts.clients} clients)`,
      cold.samples,
      {
        target: 1000,
        floor: 'home',
        ratio: 2,
        drawn: bare,
      },
    ),
  );
  results.steps.push({
    id: 'firstScreenJs',
    label: 'JavaScript of the first screen (gzipped)',
    unit: 'KB',
    stats: summarise([js.gzipKb]),
    target: { value: 300 },
    met: js.gzipKb <= 300,
    detail: js,
  });
}

/** The results of an `--…-only` run, in bench/results/<name>.*, the README left alone. */
function writeOnly(name, title) {
  const table = markdownTable(results);
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}${name}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${out}${name}.md`, `# ${title}\n\n${machineLine(results.machine)}\n\n${table}\n`);
  console.log(`\n${table}\n`);
}

/** The typing measure's rows: p95 input-to-paint of each field. */
function pushTyping(fields, typing) {
  for (const f of fields) {
    const stats = summarise(typing[f.id]);
    results.steps.push({
      id: f.id,
      label: `${f.label}: input to paint per ${f.toggle ? 'click' : 'keystroke'}`,
      unit: 'ms',
      measure: 'p95',
      samples: typing[f.id],
      stats,
      target: { value: TYPING_P95 },
      met: stats.p95 <= TYPING_P95,
    });
  }
}

function openLoader(inContext) {
  return openBenchLoader(inContext, base);
}

/** A step measured with encryption on: its median against the same step's plain median, measured turn about with it (screens: at most 1.3x). */
function vaultStep(id, label, samples, isScreen = true) {
  const plain = results.steps.find((s) => s.id === id);
  const stats = summarise(samples);
  const ratio = plain ? stats.median / Math.max(plain.stats.median, 0.1) : null;
  return {
    id: `${id}.encrypted`,
    label: `${label}, encrypted`,
    unit: 'ms',
    samples,
    stats,
    target: null,
    floor: null,
    versus: plain?.stats.median ?? null,
    ratio,
    ratioTarget: isScreen ? VAULT_RATIO : null,
    met: isScreen ? ratio !== null && ratio <= VAULT_RATIO : null,
  };
}

/**
 * A measured step against its floors: `floor` names the raw read (and its read-and-draw floor, when it has one);
 * `drawn` gives another read-and-draw floor directly (cold start: the bare page; PDF: the static slides). The
 * ratio target applies to the read-and-draw floor where there is one, else to the raw read.
 */
function step(id, label, samples, { target, floor, ratio, first, detail, drawn } = {}) {
  const stats = summarise(samples);
  const f = floor ? floors[floor] : null;
  const over = (base) => (base ? stats.median / Math.max(base.median, 0.1) : null);
  const drawnFloor = drawn ?? f?.drawn ?? null;
  const rawRatio = over(f?.stats);
  const drawnRatio = over(drawnFloor);
  const judged = drawnFloor ? drawnRatio : rawRatio;
  const met =
    (target === undefined || stats.median <= target) && (!ratio || judged === null || judged <= ratio);
  return {
    id,
    label,
    unit: 'ms',
    samples,
    stats,
    target: target === undefined ? null : { value: target },
    floor: f,
    ratio: rawRatio,
    drawnFloor,
    drawnRatio,
    ratioTarget: ratio ?? null,
    first: first ?? null,
    met,
    detail,
  };
}
