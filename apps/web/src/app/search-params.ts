/** The address's search parameters with one set to `value`, or removed when `value` is empty. */
export function withSearchParam(current: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(current);
  if (value) {
    next.set(name, value);
  } else {
    next.delete(name);
  }
  return next;
}
