import type { AppState } from '../state/app.svelte';
import { isQuotaError } from '../state/autosaver';

/**
 * What the storage banners (StorageNotices.svelte) have to report. Worked out apart from them, so
 * that they load only once there is something to say.
 */
export function storageBanners(app: AppState) {
  const status = app.open?.status;
  return {
    unavailable: app.library.storage === 'unavailable',
    vanished: app.library.vanished,
    gone: status?.kind === 'gone' ? status.reason : null,
    conflict: status?.kind === 'conflict',
    reminder: app.open ? app.exportReminder : null,
    outdated: app.outdated ?? (status?.kind === 'outdated' ? status.version : null),
    quotaFull: status?.kind === 'failed' && isQuotaError(status.error),
  };
}
export type StorageBanners = ReturnType<typeof storageBanners>;

export const anyStorageBanner = (banners: StorageBanners): boolean =>
  Object.values(banners).some((due) => (Array.isArray(due) ? due.length > 0 : Boolean(due)));
