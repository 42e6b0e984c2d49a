import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The process time zone cannot be changed inside a running Vitest worker, so the register date
 * tests (and the calendar's) re-run in fresh processes whose TZ is set before Node starts:
 * Europe/Amsterdam (DST on 29 Mar / 25 Oct 2026), America/New_York (behind UTC) and
 * Pacific/Auckland (UTC+13: local midnight is still the previous day in UTC).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const files = [
  'test/unit/domain/governance/localDates.test.ts',
  'test/unit/domain/governance/governanceCalendar.test.ts',
  'test/unit/domain/governance/incidentRegimes.test.ts',
];

function runIn(timeZone: string) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('VITEST') && !['NODE_OPTIONS', 'FORCE_COLOR'].includes(key),
    ),
  );
  return spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files], {
    cwd: repoRoot,
    env: { ...env, TZ: timeZone, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('register dates in other time zones', () => {
  it.each(['Europe/Amsterdam', 'America/New_York', 'Pacific/Auckland'])(
    'pass in %s',
    (timeZone) => {
      const run = runIn(timeZone);
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/Tests\s+\d+ passed/);
    },
    120_000,
  );
});
