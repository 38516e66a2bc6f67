import { describe, expect, it } from 'vitest';
import { loadHyphenator, NO_HYPHENATION, SOFT_HYPHEN } from '../../../src/layout/hyphenation';

/** Soft hyphens shown as "|" so that expectations can be read. */
const marked = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('loadHyphenator', () => {
  it('loads the Finnish TeX patterns and breaks words between syllables', async () => {
    const fi = await loadHyphenator('fi');
    expect(marked(fi('Hallinnolliset'))).toBe('Hal|lin|nol|li|set');
    expect(marked(fi('tehtävät'))).toBe('teh|tä|vät');
    expect(marked(fi('toimialariippumattomat'))).toBe('toi|mia|la|riip|pu|mat|to|mat');
    expect(marked(fi('tietojärjestelmät'))).toBe('tie|to|jär|jes|tel|mät');
    expect(fi('Hallinnolliset')).not.toContain(`lis${SOFT_HYPHEN}et`);
  });

  it('keeps a hard hyphen as it is and hyphenates the parts around it', async () => {
    const fi = await loadHyphenator('fi');
    expect(marked(fi('Sosiaali-'))).toBe('So|si|aa|li-');
    expect(marked(fi('Toimenpide-ehdotukset'))).toBe('Toi|men|pi|de-eh|do|tuk|set');
    expect(marked(fi('HILMA-palvelu'))).toBe('HILMA-pal|ve|lu');
  });

  it('leaves short words, acronyms, codes and digits whole', async () => {
    const fi = await loadHyphenator('fi');
    for (const word of [
      'TORI',
      'TOSI',
      'ICT-infra',
      'infra',
      'kaist',
      'TORI:n',
      'ASIAKASTIETO',
      'Windows2022',
      '2022–2026',
    ])
      expect(fi(word), word).toBe(word);
    // Six letters are enough.
    expect(marked(fi('kaista'))).toBe('kais|ta');
    expect(marked(fi('Hallinto'))).toBe('Hal|lin|to');
  });

  it('hyphenates the letters inside punctuation', async () => {
    const fi = await loadHyphenator('fi');
    expect(marked(fi('(tietojärjestelmät),'))).toBe('(tie|to|jär|jes|tel|mät),');
  });

  it('leaves a word that already has soft hyphens as its writer hyphenated it', async () => {
    const fi = await loadHyphenator('fi');
    expect(fi(`tietojärjes${SOFT_HYPHEN}telmät`)).toBe(`tietojärjes${SOFT_HYPHEN}telmät`);
  });

  it('loads Swedish patterns', async () => {
    const sv = await loadHyphenator('sv');
    expect(marked(sv('informationssystem'))).toBe('in|for|ma|tions|sy|stem');
    expect(marked(sv('Administrativa'))).toBe('Ad|mi|nist|ra|ti|va');
    expect(marked(sv('välfärdsområdenas'))).toBe('väl|färds|om|rå|de|nas');
  });

  it('loads British English patterns, keeping three letters at the end of a word', async () => {
    const en = await loadHyphenator('en');
    expect(marked(en('infrastructure'))).toBe('in|fra|struc|ture');
    expect(marked(en('organisation'))).toBe('or|gan|isa|tion');
    expect(marked(en('procurement'))).toBe('pro|cure|ment');
    // The patterns alone would give "in|tern|al" and "an|oth|er".
    expect(marked(en('internal'))).toBe('in|ternal');
    expect(marked(en('another'))).toBe('an|other');
  });

  it('loads each language once', async () => {
    const [first, second] = await Promise.all([loadHyphenator('fi'), loadHyphenator('fi')]);
    expect(second).toBe(first);
    expect(await loadHyphenator('fi')).toBe(first);
    expect(await loadHyphenator('sv')).not.toBe(first);
  });

  it('NO_HYPHENATION leaves every word whole', () => {
    expect(NO_HYPHENATION('toimialariippumattomat')).toBe('toimialariippumattomat');
  });
});
