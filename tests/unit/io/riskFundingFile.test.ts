import '../../../src/domain/partCommands';
import { describe, expect, it } from 'vitest';
import { execute } from '../../../src/domain/execute';
import type { Plan } from '../../../src/domain/planSchema';
import { parsePlanText } from '../../../src/io/parsePlanFile';
import { serializePlanFile } from '../../../src/io/planFile';
import { FIXED_META } from '../../factories/files';
import { SAMPLE_TEXTS } from '../../factories/fixtures';
import {
  COUNTY_DECISIONS,
  FUNDING_CATEGORIES,
  WORKING_GROUP_RISKS,
} from '../../factories/risksAndFunding';

function open(text: string): Plan {
  const result = parsePlanText(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.plan;
}

describe('risks and funding in the plan file', () => {
  it.each(Object.entries(SAMPLE_TEXTS))(
    'leave the sample %s without risks byte for byte as it was',
    (_, text) => {
      const plan = open(text);
      const written = serializePlanFile(plan, FIXED_META);
      expect(written).not.toMatch(/"risks"|"funding"/);
      expect(written).toBe(serializePlanFile(open(written), FIXED_META));
    },
  );

  it('round-trip byte for byte with the six risks and the five decisions', () => {
    let plan = open(SAMPLE_TEXTS.workingGroup);
    const itemId = plan.items[0]?.id as string;
    for (const risk of WORKING_GROUP_RISKS) {
      const result = execute(plan, { type: 'risk/add', risk: { ...risk, itemIds: [itemId] } });
      if (!result.ok) throw new Error('risk refused');
      plan = result.plan;
    }
    for (const entry of COUNTY_DECISIONS) {
      const result = execute(plan, { type: 'funding/add', entry, categories: FUNDING_CATEGORIES });
      if (!result.ok) throw new Error('funding refused');
      plan = result.plan;
    }
    const text = serializePlanFile(plan, FIXED_META);
    expect(text).toContain('"cents": 1243475900');
    expect(serializePlanFile(open(text), FIXED_META)).toBe(text);
    expect(open(text).risks).toHaveLength(6);
  });
});
