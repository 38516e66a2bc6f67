/** The browser's answer to keeping this site's storage (navigator.storage.persist). */
export class StoragePersistence {
  /** 'unknown' before asking, or where the API is missing. */
  answer = $state<'granted' | 'denied' | 'unknown'>('unknown');

  /** Asked once, after the first save: a request at start would come before any work to keep. */
  async ask(): Promise<void> {
    if (this.answer !== 'unknown' || !navigator.storage?.persist) return;
    try {
      this.answer = (await navigator.storage.persist()) ? 'granted' : 'denied';
    } catch {
      this.answer = 'denied';
    }
  }
}
