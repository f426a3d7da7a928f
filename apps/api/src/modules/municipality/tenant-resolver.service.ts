import { Injectable } from '@nestjs/common';
import { MunicipalityEntity } from './municipality.entity.js';
import { MunicipalityRepository } from './municipality.repository.js';

const CACHE_MS = 10_000;

/**
 * Finds the request's municipality: the `X-Municipality` header (slug), else the host
 * (a configured host name, or the first label as slug), else the only municipality there is.
 * The list is small and cached briefly; a miss reads it again (one shared read at a time),
 * so a newly added municipality is found at once.
 */
@Injectable()
export class TenantResolverService {
  private cache: { at: number; all: Promise<MunicipalityEntity[]> } | null = null;

  constructor(private readonly municipalities: MunicipalityRepository) {}

  async resolve(headerSlug: string | undefined, host: string | undefined): Promise<MunicipalityEntity | undefined> {
    const cached = this.read(false);
    const found = pick(await cached, headerSlug, host);
    if (found) {
      return found;
    }
    return pick(await this.read(true, cached), headerSlug, host);
  }

  private read(fresh: boolean, stale?: Promise<MunicipalityEntity[]>): Promise<MunicipalityEntity[]> {
    const expired = !this.cache || Date.now() - this.cache.at > CACHE_MS;
    // Re-read unless another request already replaced the list we found stale.
    if (expired || (fresh && this.cache?.all === stale)) {
      const all = this.municipalities.findAll();
      this.cache = { at: Date.now(), all };
      all.catch(() => {
        this.cache = null;
      });
    }
    return this.cache!.all;
  }
}

function pick(all: MunicipalityEntity[], headerSlug: string | undefined, host: string | undefined): MunicipalityEntity | undefined {
  if (headerSlug) {
    return all.find((m) => m.slug === headerSlug.trim().toLowerCase());
  }
  const hostname = (host ?? '').split(':')[0]?.toLowerCase() ?? '';
  const byHost = all.find((m) => m.hosts.includes(hostname)) ?? all.find((m) => m.slug === hostname.split('.')[0]);
  if (byHost) {
    return byHost;
  }
  return all.length === 1 ? all[0] : undefined;
}
