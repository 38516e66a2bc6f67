// How many earlier versions are kept: for the versions dialog, which loads it with itself.
export { BACKUP_POLICY } from '../persistence/backupPolicy';
