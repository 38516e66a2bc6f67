import { describe, expect, it } from 'vitest';
import { type Language } from '../../../src/i18n/languages';
import { MESSAGES } from '../../factories/messages';
import { shareMessage } from '../../../src/i18n/shareMessage';
import { translate } from '../../../src/i18n/translate';
import { makePlan } from '../../factories/plans';
import { comparedAfter } from '../../factories/changes';
import type { Command } from '../../../src/domain/commands';

const tFor =
  (language: Language) =>
  (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(MESSAGES[language], key, params);

describe('shareMessage', () => {
  it('says in Finnish what the attachment is and how to open it', () => {
    const { subject, body, mailto } = shareMessage(
      makePlan({ title: 'Tiekartta & co' }),
      'Tiekartta-2022-06-15.png',
      tFor('fi'),
      'fi',
    );
    expect(subject).toBe('Tiekartta: Tiekartta & co (tilanne 15.6.2022)');
    expect(body).toContain('Liite Tiekartta-2022-06-15.png on kuva');
    expect(body).toContain('luokitus Sisäinen');
    expect(mailto.startsWith('mailto:?subject=Tiekartta%3A%20Tiekartta%20%26%20co')).toBe(true);
    expect(mailto).toContain('%0D%0A');
    expect(decodeURIComponent(mailto.split('&body=')[1] as string)).toBe(
      body.replace(/\n/g, '\r\n'),
    );
  });

  it.each<Language>(['sv', 'en'])('is written in %s for a %s user', (language) => {
    const { body } = shareMessage(makePlan(), 'x.png', tFor(language), language);
    expect(body).toContain('Tiekartta');
    expect(body).not.toBe(shareMessage(makePlan(), 'x.png', tFor('fi'), 'fi').body);
  });
});

describe('shareMessage while comparing', () => {
  const baseline = { name: 'Ohjausryhmä 14.3.2022' };
  const shifted = (count: number) =>
    comparedAfter([
      {
        type: 'items/shift',
        ids: ['item-1', 'item-2'].slice(0, count),
        shift: { amount: 21, unit: 'day' },
      },
      ...(count > 2 ? CHANGES.slice(0, count - 2) : []),
    ]).input;
  const CHANGES: Command[] = [
    { type: 'item/update', id: 'item-1', changes: { status: 'late' } },
    { type: 'item/update', id: 'item-2', changes: { label: 'Suunnitelma valmis' } },
    { type: 'track/delete', id: 'track-1' },
    { type: 'marker/delete', id: 'marker-1' },
    { type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-1' },
  ];

  it('says how many changes against what, and lists them', () => {
    const { body } = shareMessage(makePlan(), 'x.png', tFor('fi'), 'fi', {
      ...shifted(1),
      source: { kind: 'baseline' },
      baseline,
    });
    expect(body).toContain(
      '\n1 muutos vertailukohtaan Ohjausryhmä 14.3.2022:\n– Testaus siirtyi 3 viikkoa myöhemmäksi: 1.9.2022 → 22.9.2022\n',
    );
  });

  it('lists the first five and counts the rest', () => {
    const { body, mailto } = shareMessage(makePlan(), 'x.png', tFor('en'), 'en', {
      ...shifted(7),
      source: { kind: 'baseline' },
      baseline,
    });
    expect(body).toContain('7 changes since baseline Ohjausryhmä 14.3.2022:');
    expect(body.match(/^– /gm)).toHaveLength(5);
    expect(body.endsWith('And 2 more changes.\n')).toBe(true);
    expect(mailto.length).toBeLessThan(2000);
  });
});

describe('shareMessage of a plan with risks and funding', () => {
  it('mentions the risks and the money, and leaves them out of a plan without', async () => {
    const { WORKING_GROUP_RISKS, COUNTY_DECISIONS, FUNDING_CATEGORIES } =
      await import('../../factories/risksAndFunding');
    const plan = makePlan({
      risks: [...WORKING_GROUP_RISKS],
      funding: { categories: FUNDING_CATEGORIES, entries: [...COUNTY_DECISIONS] },
    });
    const { body } = shareMessage(plan, 'x.png', tFor('fi'), 'fi');
    expect(body).toContain('Riskit: 6 riskiä, joista 4 avointa suurta riskiä.');
    expect(body).toContain('Rahoitus: myönnetty 28 875 950 € (28,9 M€).');
    const plain = shareMessage(makePlan(), 'x.png', tFor('fi'), 'fi').body;
    expect(plain).not.toContain('Riskit');
    expect(plain).not.toContain('Rahoitus');
  });
});
