/**
 * TypeORM's Postgres driver answers UPDATE and DELETE with `[rows, affectedCount]` but other
 * statements with `rows`. This returns the rows either way.
 */
export function returnedRows<T>(result: T[] | [T[], number]): T[] {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0];
  }
  return result as T[];
}
