/**
 * A room's port onto the app: the shared part stays behind it, so its getters read the app's
 * fields live (a spread would copy their values once); the room's own part is laid over it.
 */
export function port<Shared extends object, Own extends object>(
  shared: Shared,
  own: Own,
): Shared & Own {
  return Object.assign(Object.create(shared) as Shared, own);
}
