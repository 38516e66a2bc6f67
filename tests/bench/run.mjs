// npm run bench [-- --json FILE] [-- --runs N]: builds the app in bench mode, serves it on loopback
// and runs tests/bench in Debian's Chromium. Prints a table; with --json writes the figures.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const env = { ...process.env };
if (option('--json')) env.BENCH_JSON = resolve(option('--json'));
if (option('--runs')) env.BENCH_RUNS = option('--runs');

const run = (command, commandArgs) => {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', [
  'vite',
  'build',
  '--mode',
  'bench',
  '--outDir',
  'dist-bench',
  '--emptyOutDir',
  '--logLevel',
  'warn',
]);
run('npx', ['playwright', 'test', '-c', 'tests/bench/bench.config.ts']);
