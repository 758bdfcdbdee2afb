import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium against the *built* app (vite preview),
// never the dev server. LANTERN_PORT lets two checkouts test side by side.
const port = Number(process.env.LANTERN_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // One retry in CI only. The races it was added for are fixed at their cause (the one
  // settings model; tests wait for the app's own numbers, not the HTML's first help; boot
  // no longer waits for an IndexedDB write), but ~240 browser tests share 2 cores with their
  // own server. A test that fails twice fails, and every failure prints the page's state
  // (tests/e2e/support/browser.ts), so a flake shows its cause in the log instead of hiding.
  retries: process.env.CI ? 1 : 0,
  // A budget, not a measure: axe over 171 places and 18 languages needs room on 2 cores.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { baseURL: `http://localhost:${port}` },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
