import type { fiBaselines } from './fiBaselines';

export const enBaselines: Record<keyof typeof fiBaselines, string> = {
  'file.migration.noPlan':
    'The file is of format version {version}, but it holds no roadmap. It could not be opened; nothing was changed.',
  'file.migration.fieldFromLaterVersion':
    'The file is of format version {version}, but it holds baselines, which version {version} does not know. The file is damaged or was edited by hand; nothing was changed.',
  'where.baseline': 'baseline “{name}”',
  'field.savedOn': 'date saved',
  'field.compareWith': 'chosen baseline',
  'problem.unknownBaseline': 'there is no baseline “{id}”',

  'cmd.baselineAdd': 'save baseline “{name}”',
  'cmd.baselineRename': 'rename baseline “{name}”',
  'cmd.baselineDelete': 'delete baseline “{name}”',
  'cmd.baselineChoose': 'choose the baseline',

  'baselines.heading': 'Baselines',
  'baselines.note':
    'A baseline freezes the roadmap’s dates under a name, for example after a steering group meeting. It travels inside the roadmap file.',
  'baselines.name': 'Baseline name',
  'baselines.defaultName': 'Steering group {date}',
  'baselines.save': 'Save baseline',
  'baselines.saved': 'Baseline “{name}” saved. The file is now {size} (at most {limit}).',
  'baselines.tooBig':
    'The baseline was not saved: the file would be {size}, and the largest allowed is {limit}. Delete old baselines and try again.',
  'baselines.none': 'No baselines saved yet.',
  'baselines.savedOn': 'saved {date}',
  'baselines.items': '{count} items',
  'baselines.compareTo': 'Compare with this',
  'baselines.compareToLabel': 'Compare with baseline “{name}”',
  'baselines.chosen': 'Compared with',
  'baselines.rename': 'Rename',
  'baselines.renameLabel': 'Rename baseline “{name}”',
  'baselines.renameSave': 'Save name',
  'baselines.delete': 'Delete',
  'baselines.deleteLabel': 'Delete baseline “{name}”',
  'baselines.deleted': 'Baseline “{name}” deleted. You can undo this (Ctrl+Z).',

  'compare.heading': 'Compare',
  'compare.with': 'Compare the open roadmap with',
  'compare.withBaseline': 'a baseline',
  'compare.withVersion': 'an earlier version',
  'compare.withFile': 'another file…',
  'compare.fileNote': 'The file is opened for the comparison only; it is not added to the library.',
  'compare.chooseVersion': 'Choose a version',
  'compare.noVersions': 'No earlier versions are kept.',
  'compare.noBaseline': 'Save a baseline first, or choose something else to compare with.',
  'compare.against': 'Compared with: {name}',
  'compare.againstFile': 'file {name}',
  'compare.againstVersion': 'version {time}',
  'compare.summary': '{count} changes',
  'compare.none': 'No changes.',
  'compare.dim': 'Dim unchanged items',
  'compare.stop': 'Stop comparing',
  'compare.fileRefused': 'The file “{name}” could not be used for the comparison.',
  'compare.loading': 'Comparing…',
};
