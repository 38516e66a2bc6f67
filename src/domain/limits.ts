/** Maximum lengths of text fields, in characters. Generous for real plans, fatal for abuse. */
export const TEXT_MAX = {
  title: 200,
  organisation: 200,
  name: 200,
  label: 300,
  owner: 200,
  notes: 5000,
  principle: 400,
  link: 2000,
} as const;

/** Maximum counts; a national roll-up holds thousands of items, never hundreds of thousands. */
export const COUNT_MAX = {
  lanes: 100,
  rowsPerLane: 500,
  items: 50_000,
  tracks: 5_000,
  checkpoints: 500,
  markers: 2_000,
  dependencies: 20_000,
  principles: 30,
  /** Each a few hundred bytes an item: 20 of a 5,000-item plan stay well under the file limit. */
  baselines: 20,
  risks: 200,
  /** Items a risk threatens or a decision funds. */
  linksPerEntry: 500,
  fundingEntries: 500,
  fundingCategories: 10,
  fundingYears: 20,
} as const;
