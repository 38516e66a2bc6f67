import { Rollup } from '../../src/state/rollup.svelte';
import { twoCounties } from './rollupSources';

/** A roll-up of the two counties' plans, opened from nowhere: for the roll-up screen's parts. */
export function rollupOfTwo(): Rollup {
  const rollup = new Rollup({
    readStored: async () => null,
    openAt: async () => null,
    kindName: (kind) => kind,
    title: () => 'Kokonaiskuva',
  });
  rollup.members = twoCounties().map((source) => ({
    key: source.key,
    state: 'ok',
    name: source.plan.title,
    source,
  }));
  return rollup;
}
