import { describe, expect, it } from 'vitest';
import { roadmapSvg } from '../../../src/export/roadmapSvg';
import { MESSAGES } from '../../../src/i18n/languages';
import { translate } from '../../../src/i18n/translate';
import { parsePlanText } from '../../../src/io/parsePlanFile';
import { planFromPicture } from '../../../src/io/pictureImport';
import { addTextChunk, PLAN_KEYWORD } from '../../../src/io/pngText';
import { readPlanFile } from '../../../src/io/readPlanFile';
import { makeFileText } from '../../factories/files';
import { makeMilestone, makePlan } from '../../factories/plans';

const TINY = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(MESSAGES.fi, key, params);
const hostile = makePlan({
  items: [makeMilestone({ label: '</tiekartta:plan><script>alert(1)</script> & "lainaus"' })],
});
const encode = (s: string) => new TextEncoder().encode(s);

describe('pictures that carry their plan', () => {
  it('reads the plan file back out of an SVG export, whatever its labels hold', () => {
    const file = makeFileText(hostile);
    const { svg } = roadmapSvg({ plan: hostile, language: 'fi', t, embed: file });
    expect(planFromPicture(encode(svg))).toEqual({ kind: 'picture', planText: file });
  });

  it('reads the plan file back out of a PNG', () => {
    const file = makeFileText();
    expect(planFromPicture(addTextChunk(TINY, PLAN_KEYWORD, file))).toEqual({
      kind: 'picture',
      planText: file,
    });
  });

  it('opens a picture as its plan through the ordinary import', async () => {
    const result = await readPlanFile(
      new Blob([addTextChunk(TINY, PLAN_KEYWORD, makeFileText(hostile)) as BlobPart]),
    );
    expect(result.ok && result.plan).toEqual(parsePlanText(makeFileText(hostile)).ok && hostile);
  });

  it('says a picture without a plan is one, rather than "not JSON"', async () => {
    const result = await readPlanFile(new Blob([TINY as BlobPart]));
    expect(result.ok ? null : result.error.code).toBe('no-plan-in-picture');
    const svg = await readPlanFile(new Blob(['<svg xmlns="http://www.w3.org/2000/svg"></svg>']));
    expect(svg.ok ? null : svg.error.code).toBe('no-plan-in-picture');
  });

  it('leaves other files to the plan-file parser', () => {
    expect(planFromPicture(encode(makeFileText()))).toEqual({ kind: 'not-a-picture' });
  });
});
