import { describe, expect, it } from 'vitest';
import type { RollupFile } from '../../../../src/domain/rollup/rollupFileSchema';
import { describeRollupIssue, rollupFileReason } from '../../../../src/i18n/rollupFileText';
import { translate, type Translate } from '../../../../src/i18n/translate';
import { parseRollupFile, serializeRollupFile } from '../../../../src/io/rollupFile';
import { MESSAGES } from '../../../factories/messages';

const file: RollupFile = {
  type: 'tiekartta-rollup',
  version: 1,
  title: 'Kokonaiskuva 11/2026',
  grouping: 'kind',
  plans: [{ title: 'ICT-muutos 2022', fileName: 'ks.tiekartta.json' }, { title: 'Tiekartta' }],
};
const withMilestones: RollupFile = {
  ...file,
  milestones: [
    { date: '2023-01-01', label: 'Hyvinvointialueet aloittavat' },
    { date: '2023-03-31', label: 'Rahoitushaku päättyy' },
  ],
};
const fi: Translate = (key, params) => translate(MESSAGES.fi, key, params);

describe('the roll-up file', () => {
  it('reads back what it wrote, byte for byte', () => {
    const text = serializeRollupFile(file);
    expect(parseRollupFile(text)).toEqual({ ok: true, file });
    expect(serializeRollupFile(file)).toBe(text);
  });

  it('reads back its national milestones, byte for byte, after the plans', () => {
    const text = serializeRollupFile(withMilestones);
    expect(parseRollupFile(text)).toEqual({ ok: true, file: withMilestones });
    expect(serializeRollupFile(withMilestones)).toBe(text);
    expect(text.indexOf('"milestones"')).toBeGreaterThan(text.indexOf('"plans"'));
  });

  it('still opens a file saved before national milestones, as it was', () => {
    const old = `{
  "type": "tiekartta-rollup",
  "version": 1,
  "title": "Kokonaiskuva 11/2026",
  "grouping": "kind",
  "plans": [
    {
      "title": "ICT-muutos 2022",
      "fileName": "ks.tiekartta.json"
    },
    {
      "title": "Tiekartta"
    }
  ]
}
`;
    const read = parseRollupFile(old);
    expect(read).toEqual({ ok: true, file });
    expect(read.ok && 'milestones' in read.file).toBe(false);
    expect(serializeRollupFile(file)).toBe(old);
  });

  it.each([
    ['not JSON', '{', 'not-json'],
    ['a plan file', JSON.stringify({ type: 'tiekartta-plan', version: 2 }), 'wrong-type'],
    ['from a newer app', JSON.stringify({ ...file, version: 2 }), 'version-too-new'],
    [
      'a blank title of a plan',
      JSON.stringify({ ...file, plans: [{ title: ' ' }] }),
      'invalid-data',
    ],
    ['an unknown field', JSON.stringify({ ...file, extra: 1 }), 'invalid-data'],
    ['a control character', JSON.stringify({ ...file, title: 'a\u0007' }), 'invalid-data'],
    [
      'a milestone without a label',
      JSON.stringify({ ...file, milestones: [{ date: '2023-01-01', label: '' }] }),
      'invalid-data',
    ],
    [
      'a milestone dated as typed',
      JSON.stringify({ ...file, milestones: [{ date: '1.1.2023', label: 'Aloitus' }] }),
      'invalid-data',
    ],
  ])('refuses %s', (_, text, error) => {
    expect(parseRollupFile(text)).toMatchObject({ ok: false, error });
  });

  it.each<[string, unknown, string]>([
    [
      'a day that does not exist',
      [{ date: '2023-02-30', label: 'Aloitus' }],
      'kansallinen virstanpylväs ”Aloitus” › päivämäärä: päivämäärä ”2023-02-30” ei ole oikea päivä (muoto VVVV-KK-PP)',
    ],
    [
      'a day past the calendar, in an unnamed second milestone',
      [
        { date: '2023-01-01', label: 'Aloitus' },
        { date: '2300-01-01', label: ' ' },
      ],
      'kansallinen virstanpylväs ”#2” › päivämäärä: päivämäärä 1.1.2300 on sallitun ajan ulkopuolella (sallittu 1.1.1900–31.12.2200)',
    ],
  ])('says where and why a national milestone is refused: %s', (_, milestones, said) => {
    const read = parseRollupFile(JSON.stringify({ ...file, milestones }));
    if (read.ok || read.error !== 'invalid-data') throw new Error('expected invalid data');
    expect(describeRollupIssue(read.issues[0]!, fi, 'fi')).toContain(said);
    expect(rollupFileReason(read, fi, 'fi')).toMatch(/^sen sisältö ei kelpaa: kansallinen/);
  });
});
