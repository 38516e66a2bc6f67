// Components reach files only through state: what the import button needs of the file layer.
export { canPickWithHandle, pickPlanFile, type PlanFileHandle } from '../io/fileAccess';
export { FILE_EXTENSION } from '../io/planFile';
