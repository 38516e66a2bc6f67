import { describe, expect, it } from 'vitest';
import { type Language } from '../../../src/i18n/languages';
import { MESSAGES } from '../../factories/messages';
import { shareMessage } from '../../../src/i18n/shareMessage';
import { translate } from '../../../src/i18n/translate';
import { makePlan } from '../../factories/plans';

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
