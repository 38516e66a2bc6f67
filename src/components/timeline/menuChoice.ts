/**
 * A choice in a menu folds the menu and gives the focus back to its button before it runs, so
 * the panel it opens returns the focus there when it closes.
 */
export function choose(event: MouseEvent, close: () => void, run: () => void): void {
  const summary = (event.currentTarget as HTMLElement).closest('details')?.querySelector('summary');
  close();
  summary?.focus();
  run();
}
