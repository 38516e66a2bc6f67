import { defineConfig } from '@playwright/test';

/** BENCH_PORT: a second checkout can bench beside this one. */
const PORT = Number(process.env.BENCH_PORT ?? 4174);

/** The benchmark: one long "test" that measures and prints; never part of npm test. */
export default defineConfig({
  testDir: '.',
  testMatch: process.env.BENCH_SPEC ?? ['bench.spec.ts', 'sheets.spec.ts', 'rollup.spec.ts'],
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 20 * 60_000,
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `npx vite preview --outDir dist-bench --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    cwd: '../..',
    timeout: 60_000,
  },
});
