import type { InitiativeImageRow } from '../initiative-image.repository.js';
import type { InitiativeImageType } from './initiative-image.type.js';

/** Media URLs are relative to the API's origin (the web app is served from the same one). */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

export function toInitiativeImageType(row: InitiativeImageRow): InitiativeImageType {
  return {
    id: row.id,
    url: mediaUrl(row.storageKey),
    thumbnailUrl: mediaUrl(row.thumbKey),
    alt: row.alt,
    width: row.width,
    height: row.height,
    position: row.position,
  };
}
