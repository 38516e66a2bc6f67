interface Edge {
  from: string;
  to: string;
}

/**
 * One cycle among the links, as the ids along it with the first repeated at the end
 * (`a → b → c → a`), or null. Iterative, so a long chain cannot overflow the stack.
 */
export function findCycle(links: readonly Edge[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const { from, to } of links) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: { id: string; index: number }[] = [{ id: start, index: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1] as { id: string; index: number };
      const to = next.get(top.id)?.[top.index++];
      if (to === undefined) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
      } else if (state.get(to) === 'open') {
        return [...path.slice(path.indexOf(to)), to];
      } else if (!state.has(to)) {
        state.set(to, 'open');
        stack.push({ id: to, index: 0 });
        path.push(to);
      }
    }
  }
  return null;
}
