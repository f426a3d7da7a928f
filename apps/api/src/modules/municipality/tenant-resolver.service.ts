import { Injectable } from '@nestjs/common';
import { MunicipalityEntity } from './municipality.entity.js';
import { MunicipalityRepository } from './municipality.repository.js';

const CACHE_MS = 10_000;

/**
 * Finds the request's municipality: the `X-Municipality` header (slug), else the host
 * (a configured host name, or the first label as slug), else the only municipality there is.
 * The list is small and cached briefly.
 */
@Injectable()
export class TenantResolverService {
  private cache: { at: number; all: MunicipalityEntity[] } | null = null;

  constructor(private readonly municipalities: MunicipalityRepository) {}

  async resolve(headerSlug: string | undefined, host: string | undefined): Promise<MunicipalityEntity | undefined> {
    const all = await this.all();
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

  invalidate(): void {
    this.cache = null;
  }

  private async all(): Promise<MunicipalityEntity[]> {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      this.cache = { at: Date.now(), all: await this.municipalities.findAll() };
    }
    return this.cache.all;
  }
}
