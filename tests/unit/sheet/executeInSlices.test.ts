import { describe, expect, it } from 'vitest';
import '../../../src/domain/partCommands';
import { execute } from '../../../src/domain/execute';
import { createBlankPlan } from '../../../src/domain/planFactory';
import { planSchema } from '../../../src/domain/planSchema';
import { executeInSlices } from '../../../src/sheet/executeInSlices';
import { generatePlan } from '../../factories/generatePlan';
import { importSheets } from '../../../src/sheet/importSheets';
import { guessParts } from '../../../src/sheet/partSheets';
import { guessSheets } from '../../../src/sheet/sheetSource';
import { counterIds, gridsOf, withParts, xlsxOf } from '../../factories/sheets';
import { MESSAGES } from '../../factories/messages';
import { translate } from '../../../src/i18n/translate';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(MESSAGES.fi, key, params);
const blank = createBlankPlan({ title: 'Tuotu', today: new Date(Date.UTC(2022, 5, 15)) });

async function commandOf(plan: ReturnType<typeof generatePlan>) {
  const grids = gridsOf([{ name: 'x.xlsx', bytes: xlsxOf(plan, t) }]);
  const imported = await importSheets(blank, guessSheets(grids), {
    parts: guessParts(grids),
    createLanes: true,
    defaultLane: 'Taulukosta',
    reference: '2022-06-15',
    newId: counterIds(),
  });
  return imported.command;
}

describe('executeInSlices', () => {
  it('gives the plan one execute() gives, pausing between slices', async () => {
    const command = await commandOf(withParts(generatePlan({ items: 1200 })));
    let pauses = 0;
    const sliced = await executeInSlices(blank, command, async () => void pauses++, 500);
    const whole = execute(blank, command);
    expect(whole.ok && sliced.ok).toBe(true);
    expect(sliced.ok && sliced.plan).toEqual(whole.ok && whole.plan);
    expect(pauses).toBe(2);
    expect(sliced.ok && planSchema.safeParse(sliced.plan).success).toBe(true);
  });

  it('refuses what one execute() refuses, in a later slice too', async () => {
    const command = await commandOf(generatePlan({ items: 1200 }));
    const bad = {
      ...command,
      items: command.items.map((item, i) => (i === 1100 ? { ...item, rowId: 'nowhere' } : item)),
    };
    expect(execute(blank, bad).ok).toBe(false);
    expect((await executeInSlices(blank, bad, async () => {}, 500)).ok).toBe(false);
  });
});
