const MIN_CHART_PX = 360;

/**
 * The chart takes the window's height below what stands above it (the app header, notices, the
 * title block, the toolbar) less what follows it (the legend, the page's margin), never under
 * 360 px. Measured, not guessed, so a notice or the opened principles are taken into account;
 * the side panel gets the main column's height (`column`) and scrolls inside it.
 */
export function fillWindow(
  main: () => HTMLElement | undefined,
  onmeasure: (chartPx: number, columnPx: number) => void,
) {
  return (layout: HTMLElement) => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const chart = layout.querySelector<HTMLElement>('[data-testid="timeline"]');
      const column = main();
      if (!chart || !column) return;
      const box = chart.getBoundingClientRect();
      const columnBox = column.getBoundingClientRect();
      const above = box.top + window.scrollY;
      const under = columnBox.bottom - box.bottom;
      const below =
        document.body.getBoundingClientRect().bottom - layout.getBoundingClientRect().bottom;
      const room = Math.max(MIN_CHART_PX, Math.floor(window.innerHeight - above - under - below));
      onmeasure(room, box.top - columnBox.top + room + under);
    };
    const schedule = () => (frame ||= requestAnimationFrame(measure));
    const observer = new ResizeObserver(schedule);
    observer.observe(document.body);
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  };
}
