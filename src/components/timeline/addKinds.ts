/** What the Add menu adds, in its order. */
export const ADD_KINDS = ['milestone', 'phase', 'meeting', 'track', 'lane', 'row'] as const;
export type AddKind = (typeof ADD_KINDS)[number];
