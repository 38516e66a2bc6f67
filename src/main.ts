import './domain/zodConfig';
import { mount } from 'svelte';
import { hyphenator } from './state/hyphenator.svelte';
import './app.css';
import App from './components/App.svelte';
import { PlanRepository } from './persistence/planRepository';
import { AppState } from './state/app.svelte';
import { locale } from './state/locale.svelte';
import type { SampleName } from './state/samples';

const SAMPLE_FILES: Record<SampleName, () => Promise<{ default: string }>> = {
  county2022: () => import('../fixtures/sample-plan.tiekartta.json?raw'),
  multiYear: () => import('../fixtures/sample-multiyear-2022-2026.tiekartta.json?raw'),
  workingGroup: () => import('../fixtures/sample-working-group-2017-2018.tiekartta.json?raw'),
};

const repository = new PlanRepository({ appVersion: __APP_VERSION__ });
const app = new AppState({
  repository,
  loadSample: async (sample = 'county2022') => (await SAMPLE_FILES[sample]()).default,
  appVersion: __APP_VERSION__,
});

// Swedish and English are loaded before the first paint for those who chose them.
// The hyphenation patterns (about 3 KB) come with the language, so names are laid out once.
void Promise.all([locale.ready, hyphenator.ready()]).then(() =>
  mount(App, { target: document.getElementById('app') as HTMLElement, props: { app } }),
);

if (import.meta.env.MODE === 'bench')
  void import('./benchHook').then((hook) => hook.installBenchHook(app, repository));
