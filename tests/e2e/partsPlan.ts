import { expect, type Page } from '@playwright/test';
import { openFresh, SAMPLE_TEXT, toLibrary } from './helpers';

/** The working group's six risks as probability × impact (DOMAIN.md), entered as a user would. */
export const RISKS = [
  ['Aikataulut', 'korkea', 'vakava'],
  ['Linjaukset', 'korkea', 'kohtalainen'],
  ['Rahoitus', 'kohtalainen', 'vakava'],
  ['Jatkuvuuden turvaaminen', 'kohtalainen', 'vakava'],
  ['Resurssit', 'kohtalainen', 'kohtalainen'],
  ['Digitalisaation edistäminen', 'matala', 'kohtalainen'],
] as const;
export const PROBABILITY = { matala: 'low', kohtalainen: 'medium', korkea: 'high' } as const;
export const IMPACT = { vähäinen: 'minor', kohtalainen: 'moderate', vakava: 'severe' } as const;

/** The county's five decisions: date, decider, reference, basic €, ICT €. */
export const DECISIONS = [
  ['1.7.2021', 'VM', '', '942 086', ''],
  ['14.10.2021', 'STM', 'VN/25540/2021', '', '999 588'],
  ['21.12.2021', 'VM', 'VN/14629/2021', '2 974 573', ''],
  ['20.12.2021', 'STM', 'VN/27060/2021', '', '12 434 759,00'],
  ['28.3.2022', 'VM', 'VN/14629/2021', '1 342 145', '10 182 799'],
] as const;

/** The county sample with the six risks and the five decisions in it, as a file. */
function sampleWithParts(): string {
  const envelope = JSON.parse(SAMPLE_TEXT) as { plan: Record<string, unknown> };
  envelope.plan = {
    ...envelope.plan,
    title: 'Riskit ja rahoitus',
    risks: RISKS.map(([title, p, i], n) => ({
      id: `risk-${n + 1}`,
      number: n + 1,
      title,
      probability: PROBABILITY[p],
      impact: IMPACT[i],
      status: 'open',
      // Risk 1 (high) and risk 6 (low) threaten "Sopimusten kartoitus".
      ...(n === 0 || n === 5 ? { itemIds: ['m-001'] } : {}),
    })),
    funding: {
      categories: [
        { id: 'basic', name: 'Perusrahoitus' },
        { id: 'ict', name: 'ICT-rahoitus' },
      ],
      entries: DECISIONS.map(([date, decider, reference, basic, ict], n) => {
        const [d, m, y] = date.split('.');
        const cents = (text: string) =>
          Number(text.replace(/\D/g, '')) * (text.includes(',') ? 1 : 100);
        return {
          id: `f-${n + 1}`,
          date: `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`,
          decider,
          ...(reference ? { reference } : {}),
          state: 'granted',
          amounts: [
            ...(basic ? [{ category: 'basic', cents: cents(basic) }] : []),
            ...(ict ? [{ category: 'ict', cents: cents(ict) }] : []),
          ],
          years: [Number(y)],
        };
      }),
    },
  };
  return JSON.stringify(envelope, null, 2);
}

export async function openWithParts(page: Page) {
  await openFresh(page);
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'riskit.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(sampleWithParts()),
  });
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    'Riskit ja rahoitus',
  );
}
