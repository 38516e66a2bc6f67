const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Only web and mail links are followed; anything else (javascript:, data:, file:) is text. */
export function isSafeLink(value: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
