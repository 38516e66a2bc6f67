import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import pkg from './package.json' with { type: 'json' };

// Tests reason about calendar dates in the users' own zone; setup asserts it took effect.
process.env.TZ = 'Europe/Helsinki';

/**
 * The built app's Content-Security-Policy: only its own scripts and styles, no inline script, no
 * eval, no network but its own origin; pictures from blob: and data: URLs it makes itself; workers
 * only from its own files (the file reader, planReader.worker.ts).
 * Dev mode injects inline styles for hot reload, so the policy is added to the build only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'tiekartta-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

/**
 * What the first screen imports statically, found when the module graph is complete, so that the
 * bundler can put it in one chunk: split over twenty small chunks shared with later parts, it
 * cost about 3 KB gzip more, since each file is compressed alone.
 */
const firstScreen = new Set<string>();
const firstScreenModules: Plugin = {
  name: 'tiekartta-first-screen-modules',
  apply: 'build',
  buildEnd() {
    const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
    const queue = entry ? [entry] : [];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (firstScreen.has(id)) continue;
      firstScreen.add(id);
      queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
    }
  },
};

export default defineConfig({
  plugins: [svelte(), svelteTesting(), contentSecurityPolicy, firstScreenModules],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    // d3-time builds every interval and tick helper at load, in calls the bundler must otherwise
    // keep: marked pure, only the three intervals the header uses stay (and no d3-array).
    rolldownOptions: {
      treeshake: { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'] },
      output: {
        codeSplitting: { groups: [{ name: 'first', test: (id: string) => firstScreen.has(id) }] },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    setupFiles: ['tests/setup/timezone.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/component.ts'],
        },
      },
    ],
  },
});
