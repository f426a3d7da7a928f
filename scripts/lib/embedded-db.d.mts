export function freePort(): Promise<number>;
export function stopLeftover(dataDir: string, log?: (message: string) => void): Promise<void>;
export function startEmbeddedPostgres(
  dataDir: string,
  options?: { log?: (message: string) => void; persistent?: boolean },
): Promise<{ url: string; fresh: boolean; stop(): Promise<void> }>;
