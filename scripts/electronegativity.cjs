/**
 * `npm run lint:electron`: Electronegativity (Doyensec's Electron security scanner) over the main-process
 * sources in electron/, through its API (its CLI exits 0 whatever it finds). Fails on any finding of
 * medium severity or above, and on any file it cannot parse, unless the finding is listed (check id, file
 * and the code line) with its reason in electron/electronegativity-allow.json; a listed entry that no longer matches also fails,
 * so the list stays reviewed. Offline and a few seconds: no translation download, no release lookup.
 */
const Module = require('node:module');
const path = require('node:path');
const { readFileSync } = require('node:fs');

const root = path.join(__dirname, '..');
const scanner = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const allowFile = path.join(root, 'electron', 'electronegativity-allow.json');

// The scanner's TypeScript parser (typescript-estree 4) needs the TypeScript 4 that the scanner ships, not
// the project's; and its start-up fetches translations with `got`: answer that offline at once.
const scannerTypescript = require.resolve('typescript', { paths: [scanner] });
const offlineGot = path.join(__dirname, 'electronegativity-offline-got.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const from = (parent && parent.filename) || '';
  if (request === 'typescript' && from.includes(`${path.sep}@typescript-eslint${path.sep}`))
    return scannerTypescript;
  if (request === 'got' && from.startsWith(scanner)) return offlineGot;
  return resolve.call(this, request, parent, ...rest);
};

/** Checks that need the internet (the list of Electron releases): left out. */
const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const BLOCKING_SEVERITY = 2; // MEDIUM, HIGH, CRITICAL

async function main() {
  const run = require(scanner);
  const electronVersion = require('electron/package.json').version;
  const allow = JSON.parse(readFileSync(allowFile, 'utf8')).allow;
  for (const entry of allow)
    if (
      !entry.id ||
      !entry.file ||
      typeof entry.sample !== 'string' ||
      !entry.reason ||
      entry.reason.length < 20
    )
      throw new Error(`Allow-list entry without id, file, sample and reason: ${JSON.stringify(entry)}`);

  const log = console.log;
  console.log = () => undefined; // the scanner's own chatter
  let result;
  try {
    result = await run({
      input: path.join(root, 'electron'),
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: ONLINE_CHECKS,
    });
  } finally {
    console.log = log;
  }

  const failures = [];
  for (const error of result.errors)
    if (!error.tolerable) failures.push(`cannot scan ${error.file}: ${error.message}`);
  const used = new Set();
  let allowed = 0;
  const blocking = result.issues.filter((issue) => issue.severity.value >= BLOCKING_SEVERITY);
  for (const issue of blocking) {
    const file = issue.file.split(path.sep).join('/');
    // The code line itself is part of the key: a new use, or an edited one, needs its own review.
    const entry = allow.find(
      (e) => e.id === issue.id && e.file === file && e.sample === (issue.sample ?? '').trim(),
    );
    if (entry) {
      used.add(entry);
      allowed++;
    } else
      failures.push(
        `${issue.id} ${file}:${issue.location.line} (${issue.severity.name}) ${issue.description}\n    ${issue.sample ?? ''}`,
      );
  }
  for (const entry of allow)
    if (!used.has(entry))
      failures.push(`allow-list entry no longer matches a finding, remove it: ${entry.id} ${entry.file}`);

  const other = result.issues.length - blocking.length;
  const version = require(path.join(scanner, 'package.json')).version;
  console.log(
    `Electronegativity ${version} on electron/ (Electron ${electronVersion}): ${blocking.length} findings of medium severity or above, ${allowed} of them allow-listed; ${other} low or informational.`,
  );
  if (failures.length > 0) {
    console.error(
      `Electronegativity: ${failures.length} problem(s) not in electron/electronegativity-allow.json:\n  ${failures.join('\n  ')}`,
    );
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
