import { z } from 'zod/mini';

const part = (value: string | undefined) => Number.parseInt(value ?? '', 10) || 0;

/** Orders app versions numerically part by part: "0.10.0" is newer than "0.9.3". */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = part(left[i]) - part(right[i]);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export const isNewerVersion = (candidate: string, ours: string): boolean =>
  compareVersions(candidate, ours) > 0;

const writtenBySchema = z.looseObject({
  file: z.looseObject({ appVersion: z.string().check(z.maxLength(40)) }),
});

/** The app version that wrote a stored record, read even from a record this version cannot parse. */
export const writtenBy = (record: unknown): string | undefined =>
  writtenBySchema.safeParse(record).data?.file.appVersion;
