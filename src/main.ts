import './domain/zodConfig';
import { mount } from 'svelte';
import './app.css';
import App from './components/App.svelte';
import { PlanRepository } from './persistence/planRepository';
import { AppState } from './state/app.svelte';
import { locale } from './state/locale.svelte';

const repository = new PlanRepository({ appVersion: __APP_VERSION__ });
const app = new AppState({
  repository,
  loadSample: async () => (await import('../fixtures/sample-plan.tiekartta.json?raw')).default,
  appVersion: __APP_VERSION__,
});

// Swedish and English are loaded before the first paint for those who chose them.
void locale.ready.then(() =>
  mount(App, { target: document.getElementById('app') as HTMLElement, props: { app } }),
);

if (import.meta.env.MODE === 'bench')
  void import('./benchHook').then((hook) => hook.installBenchHook(app, repository));
