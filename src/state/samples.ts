/** The sample plans of DOMAIN.md the app ships with; the first opens on a first start. */
export const SAMPLES = ['county2022', 'multiYear', 'workingGroup'] as const;
export type SampleName = (typeof SAMPLES)[number];
