import { defineConfig } from '@playwright/test';
import { APP_TIME_ZONE } from './test/e2e/helpers';

/**
 * End-to-end tests drive the built app (served like `npm run web`) in Debian's Chromium.
 * Never `npx playwright install`: the browser comes from apt (`/usr/bin/chromium`).
 */
const port = Number(process.env.E2E_PORT ?? 4317);
// Generous timeouts: a passing test is not slowed by them, and on a busy 2-core machine (several test runs at
// once) the app is correct but slow. E2E_TIMEOUT_SCALE multiplies them further.
const scale = Number(process.env.E2E_TIMEOUT_SCALE ?? 1);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 180_000 * scale,
  expect: { timeout: 30_000 * scale },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: APP_TIME_ZONE,
    trace: 'retain-on-failure',
    actionTimeout: 30_000 * scale,
    navigationTimeout: 60_000 * scale,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    // The sync e2e test starts its CouchDB-protocol server on port + 100; the app reaches it at /couch/.
    env: { PORT: String(port), SYNC_PROXY_PORT: String(port + 100) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
