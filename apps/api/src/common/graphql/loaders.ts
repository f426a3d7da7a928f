import DataLoader from 'dataloader';

/**
 * Request-scoped DataLoaders, created on first use. Field resolvers ask for a loader by
 * name so that all lookups of one kind in one request become a single SQL statement.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  for<V>(name: string, batch: (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>): DataLoader<string, V | null> {
    let loader = this.loaders.get(name) as DataLoader<string, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V | null>(async (keys) => {
        const found = await batch(keys);
        return keys.map((key) => found.get(key) ?? null);
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }

  /** For one-to-many lookups (events of an initiative): every key gets a list, maybe empty. */
  forMany<V>(name: string, batch: (keys: readonly string[]) => Promise<ReadonlyMap<string, V[]>>): DataLoader<string, V[]> {
    let loader = this.loaders.get(name) as DataLoader<string, V[]> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V[]>(async (keys) => {
        const found = await batch(keys);
        return keys.map((key) => found.get(key) ?? []);
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

export function groupBy<V>(rows: readonly V[], key: (row: V) => string): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) {
      list.push(row);
    } else {
      groups.set(k, [row]);
    }
  }
  return groups;
}

export function indexBy<V>(rows: readonly V[], key: (row: V) => string): Map<string, V> {
  return new Map(rows.map((row) => [key(row), row]));
}

/**
 * A yes/no fact about the signed-in viewer and one item (supports it, follows it …), batched
 * per request under `name`; always false for an anonymous viewer.
 */
export async function viewerFlag(
  ctx: { loaders: Loaders },
  actor: { userId: string } | null,
  name: string,
  id: string,
  batch: (userId: string, ids: readonly string[]) => Promise<ReadonlyMap<string, boolean>>,
): Promise<boolean> {
  if (!actor) {
    return false;
  }
  return (await ctx.loaders.for(name, (ids) => batch(actor.userId, ids)).load(id)) ?? false;
}
