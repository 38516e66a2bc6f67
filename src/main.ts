import { mount } from 'svelte';
import './app.css';
import App from './components/App.svelte';
import { PlanRepository } from './persistence/planRepository';
import { AppState } from './state/app.svelte';

const app = new AppState({
  repository: new PlanRepository({ appVersion: __APP_VERSION__ }),
  loadSample: async () => (await import('../fixtures/sample-plan.tiekartta.json?raw')).default,
  appVersion: __APP_VERSION__,
});

mount(App, { target: document.getElementById('app') as HTMLElement, props: { app } });
