import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/io/importResult';
import { ReaderAnswer, toMessages } from '../../../src/io/readerMessages';
import { generatePlan } from '../../factories/generatePlan';

const join = (result: ImportResult, perMessage: number) => {
  const answer = new ReaderAnswer();
  const messages = toMessages(result, perMessage);
  const answers = messages.map((message) => answer.take(message));
  expect(answers.slice(0, -1)).toEqual(messages.slice(0, -1).map(() => undefined));
  return { messages, joined: answers.at(-1) };
};

describe('the reader worker’s messages', () => {
  const plan = generatePlan({ items: 1234 });
  const read: ImportResult = { ok: true, plan, fromVersion: 3, appVersion: 'x' };

  it('send a large plan’s items in parts and put the same plan back together', () => {
    const { messages, joined } = join(read, 500);
    expect(messages).toHaveLength(4);
    expect(messages.slice(0, 3).map((m) => ('items' in m ? m.items.length : -1))).toEqual([
      500, 500, 234,
    ]);
    expect(joined).toEqual(read);
  });

  it('send a small plan or a refusal as one message', () => {
    expect(join(read, 5000).messages).toEqual([{ result: read }]);
    const refused: ImportResult = { ok: false, error: { code: 'wrong-type' } };
    expect(join(refused, 1).joined).toEqual(refused);
  });
});
