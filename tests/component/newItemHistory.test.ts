import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import type { Item } from '../../src/domain/planSchema';
import { commandLabel } from '../../src/i18n/commandLabel';
import { fi } from '../../src/i18n/fi';
import { translate, type Translate } from '../../src/i18n/translate';
import { MemoryRepository } from '../../src/persistence/memoryRepository';
import { OpenPlan } from '../../src/state/openPlan.svelte';
import { makePlan } from '../factories/plans';

const fresh: Item = {
  id: 'new-1',
  type: 'milestone',
  rowId: 'row-1',
  label: 'Uusi virstanpylväs',
  date: '2022-05-02',
  status: 'planned',
};
const ADD: Command = { type: 'item/add', item: fresh };

async function opened() {
  const repository = new MemoryRepository();
  const stored = await repository.save('p', makePlan());
  return new OpenPlan(stored, repository);
}

describe('an item just added and then edited', () => {
  it('cancelling its editor leaves the very plan there was, with nothing to redo', async () => {
    const open = await opened();
    const before = open.plan;
    open.exec(ADD);
    expect(open.retract(ADD)).toBe(true);
    expect(open.plan).toBe(before);
    expect(open.undoStack).toEqual([]);
    expect(open.redoStack).toEqual([]);
    open.dispose();
  });

  it('its first save is one step, named as saved', async () => {
    const open = await opened();
    const before = open.plan;
    open.exec(ADD);
    const result = open.reviseAdd(ADD, { ...fresh, label: 'Käyttöönotto' });
    expect(result && result.ok).toBe(true);
    expect(open.undoStack).toHaveLength(1);
    const entry = open.undoStack[0]!;
    const t: Translate = (key, params) => translate(fi, key, params);
    expect(commandLabel(entry.command, entry.before, t, 'fi')).toContain('Käyttöönotto');
    open.undo();
    expect(open.plan).toBe(before);
    open.dispose();
  });

  it('is an ordinary step once something else was done after the add', async () => {
    const open = await opened();
    open.exec(ADD);
    open.exec({ type: 'plan/update', changes: { title: 'B' } });
    expect(open.retract(ADD)).toBe(false);
    expect(open.reviseAdd(ADD, { ...fresh, label: 'X' })).toBe(false);
    expect(open.undoStack).toHaveLength(2);
    open.dispose();
  });
});
