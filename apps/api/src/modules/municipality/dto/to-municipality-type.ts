import type { MunicipalityEntity } from '../municipality.entity.js';
import type { NeighbourhoodEntity } from '../neighbourhood.entity.js';
import type { ThemeEntity } from '../theme.entity.js';
import { MunicipalityType, NeighbourhoodType, ThemeType } from './municipality.type.js';

export function toMunicipalityType(m: MunicipalityEntity, map: { mapTileUrl: string; geocoderUrl?: string }): MunicipalityType {
  return Object.assign(new MunicipalityType(), {
    id: m.id,
    slug: m.slug,
    name: m.name,
    supportThreshold: m.supportThreshold,
    supportWindowDays: m.supportWindowDays,
    mapTileUrl: map.mapTileUrl,
    geocoderUrl: map.geocoderUrl ?? null,
  });
}

export function toNeighbourhoodType(n: NeighbourhoodEntity): NeighbourhoodType {
  return Object.assign(new NeighbourhoodType(), { id: n.id, name: n.name, code: n.code, boundary: n.boundary ?? null });
}

export function toThemeType(t: ThemeEntity): ThemeType {
  return Object.assign(new ThemeType(), { id: t.id, slug: t.slug, name: t.name, icon: t.icon });
}
