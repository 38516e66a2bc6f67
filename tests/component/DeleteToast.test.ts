import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import DeleteToast from '../../src/components/DeleteToast.svelte';
import { MemoryRepository } from '../../src/persistence/memoryRepository';
import { locale } from '../../src/state/locale.svelte';
import { OpenPlan } from '../../src/state/openPlan.svelte';
import { makePlan } from '../factories/plans';

async function opened() {
  const repository = new MemoryRepository();
  return new OpenPlan(await repository.save('p', makePlan()), repository);
}

beforeEach(() => locale.set('fi'));

describe('the undo toast of a delete', () => {
  it('names the row and counts its items, and Kumoa brings back the very plan', async () => {
    const user = userEvent.setup();
    const open = await opened();
    const before = open.plan;
    render(DeleteToast, { open });
    open.exec({ type: 'row/delete', id: 'row-1' });
    const toast = await screen.findByTestId('delete-toast');
    const removed = before.items.filter((item) => item.rowId === 'row-1').length;
    expect(removed).toBeGreaterThan(0);
    expect(toast.textContent).toContain(
      `Rivi ”${before.lanes[0]!.rows[0]!.name}” ja ${removed} kohdetta poistettu`,
    );
    await user.click(screen.getByRole('button', { name: 'Kumoa' }));
    expect(open.plan).toBe(before);
    expect(screen.queryByTestId('delete-toast')).toBeNull();
    open.dispose();
  });

  it("counts a lane's items and a multi-item delete", async () => {
    const open = await opened();
    render(DeleteToast, { open });
    open.exec({ type: 'items/delete', ids: open.plan.items.map((item) => item.id) });
    expect((await screen.findByTestId('delete-toast')).textContent).toContain(
      '2 kohdetta poistettu',
    );
    open.undo();
    flushSync();
    open.exec({ type: 'lane/delete', id: 'lane-1' });
    expect((await screen.findByTestId('delete-toast')).textContent).toContain(
      'Kaista ”TOSI” ja 2 kohdetta poistettu',
    );
    open.dispose();
  });

  it('says nothing for an edit that deleted nothing, nor when an undo uncovers an old delete', async () => {
    const open = await opened();
    render(DeleteToast, { open });
    open.exec({ type: 'items/delete', ids: ['item-1'] });
    await screen.findByTestId('delete-toast');
    open.exec({ type: 'plan/update', changes: { title: 'B' } });
    await expect.poll(() => screen.queryByTestId('delete-toast')).toBeNull();
    open.undo();
    flushSync();
    expect(screen.queryByTestId('delete-toast')).toBeNull();
    open.dispose();
  });
});
