import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../src/io/parsePlanFile';
import { repairText } from '../../../src/io/repairText';
import { makeFileText } from '../../factories/files';
import { makeLane, makePlan } from '../../factories/plans';

/** A plan file as the first release could write it: breaks where the schema now refuses them. */
function fileWithBreaks(): string {
  const text = makeFileText(makePlan());
  const file = JSON.parse(text);
  file.plan.title = 'Tiekartta\t2022';
  file.plan.principles = ['Kukaan\nei kuole'];
  file.plan.lanes[0].name = 'TOSI\r\n';
  file.plan.items[0].label = 'Testaus\t';
  file.plan.items[0].notes = 'Rivi 1\nRivi 2';
  return JSON.stringify(file);
}

describe('tab and line breaks in single-line text', () => {
  it('are read as spaces, so a plan the first release saved still opens', () => {
    const result = parsePlanText(fileWithBreaks());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.title).toBe('Tiekartta 2022');
    expect(result.plan.principles).toEqual(['Kukaan ei kuole']);
    expect(result.plan.lanes[0]?.name).toBe('TOSI ');
    expect(result.plan.items[0]?.label).toBe('Testaus ');
    expect(result.plan.items[0]?.notes).toBe('Rivi 1\nRivi 2');
  });

  it('leave other forbidden characters to the schema', () => {
    const file = JSON.parse(makeFileText(makePlan()));
    file.plan.items[0].label = 'Testaus\u0007';
    const result = parsePlanText(JSON.stringify(file));
    expect(result.ok ? null : result.error.code).toBe('invalid-data');
  });

  it('return the very same object when nothing needs repair', () => {
    const file = JSON.parse(makeFileText(makePlan({ lanes: [makeLane()] })));
    expect(repairText(file)).toBe(file);
  });

  it('never touch notes or links', () => {
    const item = { label: 'a\tb', notes: 'a\tb', link: 'https://x.fi/\t' };
    expect(repairText(item)).toEqual({ label: 'a b', notes: 'a\tb', link: 'https://x.fi/\t' });
  });
});
