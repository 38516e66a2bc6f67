import type { LaneKind, Plan } from '../domain/planSchema';
import {
  NATIONAL_MILESTONES_MAX,
  ROLLUP_FILE_EXTENSION,
  ROLLUP_FILE_TYPE,
  ROLLUP_FORMAT_VERSION,
  nationalMilestoneSchema,
  type NationalMilestone,
  type RollupFile,
} from '../domain/rollup/rollupFileSchema';
import { NO_FILTER, withoutSource, type RollupFilter } from '../domain/rollup/rollupFilter';
import {
  rollupGroups,
  toggled,
  type Grouping,
  type RollupGroup,
} from '../domain/rollup/rollupGroups';
import { rollupPlan, withCollapsed, type RollupPlan } from '../domain/rollup/rollupPlan';
import type { RollupSource } from '../domain/rollup/rollupSource';
import { rollupSummary, type RollupSummary } from '../domain/rollup/rollupSummary';
import { sourceNames } from '../domain/rollup/sourceNames';
import type { ImportError } from '../io/importResult';
import { parseRollupFile, type RollupFileResult } from '../io/rollupFile';
import { readFiles } from './rollupReading';

/** A plan of the roll-up as the list of plans shows it. */
export type RollupMember =
  | { key: string; state: 'reading'; name: string }
  | { key: string; state: 'ok'; name: string; source: RollupSource }
  | { key: string; state: 'failed'; name: string; error: ImportError }
  /** Named by a roll-up file, waiting for this month's file. */
  | { key: string; state: 'awaited'; name: string; fileName?: string };

/** What the roll-up needs of the app: the library's plans, and opening one. */
export interface RollupHost {
  readStored(id: string): Promise<Plan | null>;
  /** Opens a library plan, or adds a file's plan to the library first, at one of its items. */
  openAt(source: RollupSource, itemId: string | null): Promise<string | null>;
  kindName(kind: LaneKind): string;
  title(): string;
}

/** The roll-up of several plans: read-only, kept while the tab lives, never stored. */
export class Rollup {
  members = $state.raw<RollupMember[]>([]);
  grouping = $state<Grouping>('plan');
  filter = $state.raw<RollupFilter>(NO_FILTER);
  /** Replaced, never changed in place, as the filter's sets. */
  collapsed = $state.raw<ReadonlySet<string>>(NO_FILTER.sourceKeys);
  /** Set from a roll-up file; else the roll-up's title in the user's language. */
  title = $state<string | null>(null);
  /** The national milestones given here, by date; saved in the roll-up file. */
  milestones = $state.raw<readonly NationalMilestone[]>([]);
  readonly #host: RollupHost;
  #count = 0;
  /** Files of the batches being read: how many, and how many of them are read. */
  #reading = $state.raw({ done: 0, total: 0 });

  readonly sources: RollupSource[];
  readonly names: Map<string, string>;
  readonly groups: RollupGroup[];
  readonly drawn: RollupPlan;
  readonly summary: RollupSummary;
  /** Files read so far of those asked for, while some are still being read. */
  readonly progress: { done: number; total: number } | null;

  constructor(host: RollupHost) {
    this.#host = host;
    this.sources = $derived(this.members.flatMap((m) => (m.state === 'ok' ? [m.source] : [])));
    this.names = $derived(sourceNames(this.sources));
    this.groups = $derived(
      rollupGroups({
        sources: this.sources,
        names: this.names,
        grouping: this.grouping,
        filter: this.filter,
      }),
    );
    // Without the collapsed groups, so a collapse keeps the items and all other lanes.
    const open = $derived.by(() => {
      const { sources, names } = this;
      return rollupPlan({
        title: this.title ?? host.title(),
        sources,
        groups: this.groups,
        collapsed: NO_FILTER.sourceKeys,
        kindName: host.kindName,
        sourceName: (key) => names.get(key) ?? key,
        milestones: this.milestones,
      });
    });
    this.drawn = $derived({
      ...open,
      plan: withCollapsed(open.plan, this.groups, this.collapsed),
    });
    this.summary = $derived(rollupSummary(this.sources, this.names, this.filter));
    this.progress = $derived(this.#reading.total > 0 ? this.#reading : null);
  }

  /**
   * Files picked or dropped together: a roll-up file among them is opened first (its plans then
   * wait for theirs), plan files and pictures are read; what is refused comes back by name.
   */
  async addAny(files: readonly File[]): Promise<{ name: string; error: RollupFileResult }[]> {
    const isRollup = (file: File) => file.name.toLowerCase().endsWith(ROLLUP_FILE_EXTENSION);
    const refused: { name: string; error: RollupFileResult }[] = [];
    for (const file of files.filter(isRollup)) {
      const result = parseRollupFile(await file.text());
      if (result.ok) this.fromFile(result.file);
      else refused.push({ name: file.name, error: result });
    }
    await this.addFiles(files.filter((file) => !isRollup(file)));
    return refused;
  }

  /** Files opened only for the roll-up: read in workers, never added to the library. */
  async addFiles(files: readonly File[]): Promise<void> {
    const keys = files.map((file) => this.#place(file.name));
    const read: RollupMember[] = [];
    this.#reading = { done: 0, total: this.#reading.total + files.length };
    await readFiles(files, (index, result) => {
      const key = keys[index]!;
      const name = files[index]!.name;
      read.push(
        result.ok
          ? { key, state: 'ok', name, source: { key, plan: result.plan, fileName: name } }
          : { key, state: 'failed', name, error: result.error },
      );
      this.#reading = { ...this.#reading, done: this.#reading.done + 1 };
    });
    // All at once: each file shown as it came would lay the growing roll-up out 22 times.
    for (const member of read) this.#set(member.key, member);
    if (this.#reading.done >= this.#reading.total) this.#reading = { done: 0, total: 0 };
  }

  async addStored(ids: readonly string[]): Promise<void> {
    await Promise.all(
      ids.map(async (id) => {
        const key = this.#place(id);
        const plan = await this.#host.readStored(id);
        this.#set(
          key,
          plan
            ? { key, state: 'ok', name: plan.title, source: { key, plan, libraryId: id } }
            : { key, state: 'failed', name: id, error: { code: 'read-failed' } },
        );
      }),
    );
  }

  remove(key: string): void {
    this.members = this.members.filter((m) => m.key !== key);
    // A filter left naming only a removed plan would show nothing, and say "0 chosen".
    this.filter = withoutSource(this.filter, key);
  }

  /**
   * A national milestone given by the coordinator, checked as the roll-up file checks it; false
   * when refused (not a date the app holds, a label it cannot, or too many).
   */
  addMilestone(date: string, label: string): boolean {
    const parsed = nationalMilestoneSchema.safeParse({ date, label: label.trim() });
    if (!parsed.success || this.milestones.length >= NATIONAL_MILESTONES_MAX) return false;
    const given = parsed.data;
    this.milestones = distinctByDate([...this.milestones, given]);
    return true;
  }

  removeMilestone(index: number): void {
    this.milestones = this.milestones.filter((_, i) => i !== index);
  }

  /** A lane's toggle: a plan's lanes collapse together. */
  toggle(laneId: string): void {
    const group = this.groups.find((g) => g.id === laneId);
    if (group) this.collapsed = toggled(this.collapsed, group.collapseId);
  }

  /** Opens the plan a roll-up item came from, at that item. */
  async openItem(rollupItemId: string): Promise<void> {
    const origin = this.drawn.origins.get(rollupItemId);
    const source = this.sources.find((s) => s.key === origin?.sourceKey);
    if (origin && source) await this.#open(source, origin.itemId);
  }

  async openSource(key: string): Promise<void> {
    const source = this.sources.find((s) => s.key === key);
    if (source) await this.#open(source, null);
  }

  /** A file's plan, once added to the library to be opened, opens from there next time. */
  async #open(source: RollupSource, itemId: string | null): Promise<void> {
    const libraryId = await this.#host.openAt(source, itemId);
    if (!libraryId || source.libraryId) return;
    this.members = this.members.map((m) =>
      m.state === 'ok' && m.key === source.key ? { ...m, source: { ...source, libraryId } } : m,
    );
  }

  /** The roll-up file: the plans' titles and file names, so next month's files can be dropped on it. */
  toFile(): RollupFile {
    return {
      type: ROLLUP_FILE_TYPE,
      version: ROLLUP_FORMAT_VERSION,
      title: this.title ?? this.#host.title(),
      grouping: this.grouping,
      plans: this.members.flatMap((m) => {
        if (m.state === 'ok') {
          const { plan, fileName } = m.source;
          return [fileName ? { title: plan.title, fileName } : { title: plan.title }];
        }
        if (m.state === 'awaited')
          return [m.fileName ? { title: m.name, fileName: m.fileName } : { title: m.name }];
        return [];
      }),
      // Left out when none are given: such a file is byte for byte what it was before them.
      ...(this.milestones.length ? { milestones: [...this.milestones] } : {}),
    };
  }

  /** A roll-up file opened: its plans wait for their files, in its order. */
  fromFile(file: RollupFile): void {
    this.title = file.title;
    this.grouping = file.grouping;
    this.milestones = distinctByDate(file.milestones ?? []);
    this.members = file.plans.map((entry) => ({
      key: this.#newKey(),
      state: 'awaited',
      name: entry.title,
      ...(entry.fileName ? { fileName: entry.fileName } : {}),
    }));
  }

  /** A file takes the place of the awaited plan of the same file name, else comes last. */
  #place(name: string): string {
    const awaited = this.members.find((m) => m.state === 'awaited' && m.fileName === name);
    const key = awaited?.key ?? this.#newKey();
    const reading: RollupMember = { key, state: 'reading', name };
    this.members = awaited
      ? this.members.map((m) => (m.key === key ? reading : m))
      : [...this.members, reading];
    return key;
  }

  #set(key: string, member: RollupMember): void {
    if (member.state === 'ok') {
      // A file without its file name awaited takes the place of the one awaited by its title.
      const awaited = this.members.find(
        (m) => m.state === 'awaited' && m.name === member.source.plan.title,
      );
      if (awaited) {
        const keep = {
          ...member,
          key: awaited.key,
          source: { ...member.source, key: awaited.key },
        };
        this.members = this.members.flatMap((m) =>
          m.key === key ? [] : m.key === awaited.key ? [keep] : [m],
        );
        return;
      }
    }
    this.members = this.members.map((m) => (m.key === key ? member : m));
  }

  #newKey(): string {
    return `s${++this.#count}`;
  }
}

/** The milestones by date, each date and label once: a hand-edited file may repeat one. */
function distinctByDate(milestones: readonly NationalMilestone[]): NationalMilestone[] {
  const first = (m: NationalMilestone, i: number) =>
    milestones.findIndex((o) => o.date === m.date && o.label === m.label) === i;
  return milestones.filter(first).sort((a, b) => a.date.localeCompare(b.date));
}
