import { FILE_EXTENSION } from './planFile';

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_STEM = 120;

/** `<title>-<as-of date>.tiekartta.json`, safe on Windows, macOS and Linux. */
export function planFileName(title: string, asOf: string, extension = FILE_EXTENSION): string {
  let stem = title
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_STEM)
    .trim();
  if (!stem || WINDOWS_RESERVED.test(stem)) stem = `tiekartta${stem ? `-${stem}` : ''}`;
  return `${stem}-${asOf}${extension}`;
}
