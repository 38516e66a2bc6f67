/** A short random id, unique enough inside one plan and safe in a file and a DOM id. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const body = Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
  return `${prefix}-${body}`;
}
