import { applyBaselineCommand, type BaselineCommand } from './baselineCommands';
import { registerPartCommands } from './commands';
import { applyDependencyCommand, type DependencyCommand } from './dependencies/dependencyCommands';
import { applyFundingCommand, type FundingCommand } from './funding/fundingCommands';
import { applyRiskCommand, type RiskCommand } from './risks/riskCommands';
import { applySheetImport, type SheetImportCommand } from './sheetImportCommand';

// Imported by the views and the sheet import that issue these commands, so their code comes with
// those parts instead of the first screen. Undo and redo put back whole plans and need none of it.
registerPartCommands<DependencyCommand>(
  ['dependency/add', 'dependency/update', 'dependency/delete'],
  applyDependencyCommand,
);
registerPartCommands<BaselineCommand>(
  ['baseline/add', 'baseline/rename', 'baseline/delete', 'baseline/choose'],
  applyBaselineCommand,
);
registerPartCommands<RiskCommand>(
  ['risk/add', 'risk/update', 'risk/delete', 'risk/rescore'],
  applyRiskCommand,
);
registerPartCommands<FundingCommand>(
  ['funding/add', 'funding/update', 'funding/delete', 'funding/categories', 'funding/summary'],
  applyFundingCommand,
);
registerPartCommands<SheetImportCommand>(['sheet/import'], applySheetImport);
