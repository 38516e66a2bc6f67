import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * gzip of what a first visit loads (index.html's scripts, styles and module preloads) and of
 * every asset the build emits (source maps left out), in bytes.
 */
export function bundleSizes(dist: string): { initial: number; all: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initialFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const assets = readdirSync(join(dist, 'assets')).filter((f) => !f.endsWith('.map'));
  return {
    initial: initialFiles.reduce((sum, f) => sum + gz(join(dist, f)), 0),
    all: assets.reduce((sum, f) => sum + gz(join(dist, 'assets', f)), 0),
  };
}
