import type { Language } from './languages';

const MB = 1024 * 1024;

/** A file size as people read it: "512 kt", "1,2 Mt". */
export function formatSize(bytes: number, language: Language): string {
  const mega = bytes >= MB;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / MB : Math.max(1, bytes / 1024));
}
