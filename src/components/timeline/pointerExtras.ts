// What the chart needs only once the pointer is on it: tooltips, drag labels (the note beside the
// pointer that shows either), drawing and box selection. Loaded when the browser is idle after the first paint, or at the first use.
export { default as DragLabel } from './DragLabel.svelte';
export { default as ItemTooltip } from './ItemTooltip.svelte';
export { default as PointerNote } from './PointerNote.svelte';
export { itemsInBox } from './boxSelect.svelte';
export { milestoneAt, phaseFromBox } from './canvasItems';
export { dragLink } from './dragLink';
