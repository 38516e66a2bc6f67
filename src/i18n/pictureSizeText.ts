import type { Language } from './languages';
import type { Translate } from './translate';

/** A picture's size in pixels. */
interface Size {
  width: number;
  height: number;
}

const pixels = (size: Size, language: Language) => {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format;
  return { width: format(size.width), height: format(size.height) };
};

/** Why no PNG was made of a picture this large, and what to do instead. */
export const pictureTooLargeText = (size: Size, t: Translate, language: Language): string =>
  t('exportNotice.tooLarge', pixels(size, language));

/** That a PNG was made less sharp than usual to fit the browser's canvas, at this size. */
export const pictureReducedText = (size: Size, t: Translate, language: Language): string =>
  t('exportNotice.reduced', pixels(size, language));
