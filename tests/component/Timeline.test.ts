import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import RoadmapView from '../../src/components/timeline/RoadmapView.svelte';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Item, Plan } from '../../src/domain/planSchema';
import { generatePlan } from '../factories/generatePlan';
import { LivePlan } from '../factories/livePlan.svelte';
import { parsePlanText } from '../../src/io/parsePlanFile';
import { hyphenator } from '../../src/state/hyphenator.svelte';
import { locale } from '../../src/state/locale.svelte';
import { SAMPLE_TEXT } from '../factories/fixtures';

const parsed = parsePlanText(SAMPLE_TEXT);
const SAMPLE = (parsed.ok ? parsed.plan : null) as Plan;

/** jsdom lays nothing out: the timeline's scroller reports a screen big enough for the whole sample. */
const SIZE = { width: 6000, height: 4000 };
const realObserver = globalThis.ResizeObserver;
beforeAll(() => {
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ contentRect: SIZE, target } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  };
});
afterAll(() => {
  globalThis.ResizeObserver = realObserver;
});
beforeEach(() => {
  localStorage.clear();
  locale.set('fi');
});

/** The plan's history as the plan screen keeps it, on a plan held here. */
function historyOf(get: () => Plan, set: (plan: Plan) => void) {
  return {
    reviseAdd: (_add: Command, item: Item) => (
      set(applyCommand(get(), { type: 'item/replace', item })),
      true
    ),
    retract: (add: Command) =>
      add.type === 'item/add' &&
      set(applyCommand(get(), { type: 'items/delete', ids: [add.item.id] })),
  };
}

function renderSample(plan = SAMPLE) {
  let current = plan;
  const result = render(RoadmapView, {
    planId: 'sample',
    plan,
    onexec: (command: Command) => {
      current = applyCommand(current, command);
      return true;
    },
    history: historyOf(
      () => current,
      (next) => (current = next),
    ),
  });
  return { ...result, latest: () => current };
}

describe('roadmap timeline on the sample plan', () => {
  it('names every lane with its kind, unless the name says it, and every row', async () => {
    renderSample();
    const lanes = await screen.findAllByTestId('lane-label');
    expect(lanes.map((l) => l.querySelector('.visually-hidden')?.textContent)).toEqual(
      SAMPLE.lanes.map((l) => l.name),
    );
    const kinds = lanes.map((l) => l.querySelector('.kind')?.textContent);
    // "Hallinnolliset tehtävät / Hallinto", but "TOSI" once, not "TOSI / TOSI".
    expect(SAMPLE.lanes[0]?.name).toBe('Hallinnolliset tehtävät');
    expect(kinds[0]).toBe('Hallinto');
    expect(SAMPLE.lanes[2]?.name).toBe('TOSI');
    expect(kinds[2]).toBe('');
    // A long row name is drawn over lines; the whole name is the row's title.
    expect(screen.getByTitle('Asiakas- ja potilastietojärjestelmät')).toBeInTheDocument();
  });

  it('gives each item the accessible name a sighted user reads off the chart', async () => {
    renderSample();
    expect(
      await screen.findByRole('button', {
        name: 'TOSI, Asiakas- ja potilastietojärjestelmät: Testaus, 1.9.2022–30.9.2022, suunniteltu',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Hallinnolliset tehtävät, Sopimukset: Sopimusten kartoitus, 1.4.2022, valmis',
      }),
    ).toBeInTheDocument();
  });

  it('draws every item of the sample once, in lane, row, time order', async () => {
    const { container } = renderSample();
    await screen.findAllByTestId('lane-label');
    const ids = [...container.querySelectorAll('[data-item-id]')].map((el) =>
      el.getAttribute('data-item-id'),
    );
    expect(ids).toHaveLength(SAMPLE.items.length);
    expect(new Set(ids).size).toBe(SAMPLE.items.length);
    const lanesOfIds = ids.map((id) =>
      SAMPLE.lanes.findIndex((lane) =>
        lane.rows.some((row) => row.id === SAMPLE.items.find((i) => i.id === id)?.rowId),
      ),
    );
    expect(lanesOfIds).toEqual([...lanesOfIds].sort((a, b) => a - b));
  });

  it('shows the transition percentages and reads the value between checkpoints', async () => {
    renderSample();
    for (const percent of [5, 10, 25, 35, 55, 75, 80])
      expect(await screen.findByText(`${percent} %`)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Päätelaitteet siirretty: 25 % 15.8.2022–15.9.2022' }),
    ).toBeInTheDocument();
  });

  it('marks status without colour: tentative is dashed and says "?", done has a check mark', async () => {
    const { container } = renderSample();
    await screen.findAllByTestId('lane-label');
    const tentative = container.querySelector('.status-tentative text');
    expect(tentative?.textContent).toMatch(/^\? /);
    expect(container.querySelector('.status-done text')?.textContent).toMatch(/^✓ /);
  });

  it('shows kesätauko, the go-live date and the as-of date in the header', async () => {
    renderSample();
    // The header is drawn again when the hyphenation patterns arrive; look at the final one.
    await waitFor(() => expect(screen.getByText('KESÄTAUKO')).toBeInTheDocument());
    expect(screen.getByText('Hyvinvointialue aloittaa 1.1.2023')).toBeInTheDocument();
    expect(screen.getByText('Tilannepäivä 15.6.2022')).toBeInTheDocument();
  });

  it('shows an item in the side panel when clicked, and its full details on hover', async () => {
    const user = userEvent.setup();
    renderSample();
    const item = await screen.findByRole('button', {
      name: /^TOSI, Asiakas- ja potilastietojärjestelmät: Testaus/,
    });
    await user.hover(item);
    expect(await screen.findByRole('tooltip', {}, { timeout: 5000 })).toHaveTextContent(
      'Testaus 1.9.2022–30.9.2022 (vk 35–39) Tila: suunniteltu',
    );
    await user.click(item);
    const details = await screen.findByTestId('details', {}, { timeout: 5000 });
    expect(within(details).getByTestId('details-dates')).toHaveTextContent(
      '1.9.2022–30.9.2022 (vk 35–39)',
    );
    expect(details).toHaveTextContent('Asiakas- ja potilastietojärjestelmät');
  });

  it('keeps an amount in a tooltip on one line: no-break spaces in "23.4 + X M€"', async () => {
    const user = userEvent.setup();
    renderSample();
    await user.hover(await screen.findByRole('button', { name: /: Täydentävät rahoitushaut,/ }));
    expect((await screen.findByRole('tooltip', {}, { timeout: 5000 })).textContent).toContain(
      'Rahoitus 23.4\u00a0+\u00a0X\u00a0M€',
    );
  });

  it('collapses a lane to one summary row through a plan change, and expands it again', async () => {
    const user = userEvent.setup();
    const { latest, rerender } = renderSample();
    await user.click(await screen.findByRole('button', { name: 'Pienennä kaista TOSI' }));
    expect(latest().lanes.find((l) => l.name === 'TOSI')?.collapsed).toBe(true);
    await rerender({ plan: latest() });
    expect(screen.getByRole('button', { name: 'Laajenna kaista TOSI' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByTitle('Asiakas- ja potilastietojärjestelmät')).toBeNull();
    expect(screen.getByText('kaikki rivit')).toBeInTheDocument();
  });

  it('zooms with the buttons and the keyboard', async () => {
    const user = userEvent.setup();
    renderSample();
    const timeline = await screen.findByTestId('timeline');
    await user.click(screen.getByRole('button', { name: 'Kuukaudet' }));
    expect(timeline.dataset.pxPerDay).toBe('4');
    await user.keyboard('+');
    expect(timeline.dataset.pxPerDay).toBe('6');
    await user.keyboard('-');
    expect(timeline.dataset.pxPerDay).toBe('4');
    expect(screen.getByRole('button', { name: 'Kuukaudet' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('moving an item with the keyboard', () => {
  it('shows the new dates in the tooltip and says them in a live region', async () => {
    const user = userEvent.setup();
    const live = new LivePlan(SAMPLE);
    render(RoadmapView, {
      planId: 'sample',
      get plan() {
        return live.plan;
      },
      onexec: live.exec,
      history: historyOf(
        () => live.plan,
        (next) => (live.plan = next),
      ),
    });
    const item = await screen.findByRole('button', {
      name: /^TOSI, Asiakas- ja potilastietojärjestelmät: Testaus/,
    });
    item.focus();
    expect(await screen.findByRole('tooltip', {}, { timeout: 5000 })).toHaveTextContent(
      'Testaus 1.9.2022–30.9.2022 (vk 35–39)',
    );
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(screen.getByRole('tooltip')).toHaveTextContent(
        'Testaus 2.9.2022–1.10.2022 (vk 35–39)',
      ),
    );
    expect(screen.getByTestId('moved-dates')).toHaveTextContent(
      'Testaus: nyt 2.9.2022–1.10.2022 (vk 35–39)',
    );
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await waitFor(() =>
      expect(screen.getByRole('tooltip')).toHaveTextContent('Testaus 26.8.2022–24.9.2022'),
    );
    expect(screen.getByTestId('moved-dates')).toHaveTextContent(
      'Testaus: nyt 26.8.2022–24.9.2022 (vk 34–38)',
    );
  }, 20_000);
});

describe('table view', () => {
  it('lists every item and sorts by a column', async () => {
    const user = userEvent.setup();
    renderSample();
    await user.click(screen.getByRole('button', { name: 'Taulukko' }));
    const table = await screen.findByTestId('plan-table');
    expect(within(table).getAllByRole('row')).toHaveLength(SAMPLE.items.length + 1);
    await user.click(within(table).getByRole('button', { name: 'Järjestä: Alku' }));
    const starts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.children[4]?.textContent ?? '');
    const iso = starts.map((s) =>
      s
        .split('.')
        .reverse()
        .map((p) => p.padStart(2, '0'))
        .join('-'),
    );
    expect(iso).toEqual([...iso].sort());
    expect(within(table).getByRole('columnheader', { name: /Alku/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });
});

describe('layout snapshot', () => {
  /** The SVG without Svelte's scoping classes and comments, every number rounded to whole px. */
  function normalised(svg: Element): string {
    return svg.outerHTML
      .replace(/\s?svelte-[a-z0-9]+/g, '')
      .replace(/<!---->/g, '')
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))
      .replace(/></g, '>\n<');
  }

  it('draws the sample plan at month zoom as it did before (run with -u after an intended change)', async () => {
    const user = userEvent.setup();
    // Lane names are laid out with the hyphenation patterns; draw once they are in.
    await hyphenator.ready();
    const { container } = renderSample();
    await user.click(await screen.findByRole('button', { name: 'Kuukaudet' }));
    const svg = container.querySelector('svg[aria-label="Tiekartta aikajanalla"]') as Element;
    await expect(normalised(svg)).toMatchFileSnapshot('__snapshots__/sample-plan.months.svg');
  });
});

describe('a plan of 10,000 items', () => {
  it('shows a progress bar while it is laid out in slices, then the items; a zoom draws at once', async () => {
    const plan = generatePlan({ items: 10_000 });
    render(RoadmapView, {
      planId: 'large',
      plan,
      onexec: () => true,
      history: historyOf(
        () => plan,
        () => {},
      ),
    });
    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAccessibleName(/10000 kohdetta/);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 20_000 });
    expect(document.querySelectorAll('[data-item-id]').length).toBeGreaterThan(0);
    // A zoom is drawn at once, down to the view: the chart never blanks behind a bar again.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vuodet' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(document.querySelectorAll('[data-item-id]').length).toBeGreaterThan(0);
  }, 30_000);
});
