import type { Role } from '../account/role.js';
import { isStaff } from '../account/role.js';
import type { InitiativeStatus } from '../initiative/initiative-status.js';

/** Images per initiative, bytes per upload and pixels per decoded image (decompression bombs). */
export const IMAGE_LIMITS = { perInitiative: 5, maxBytes: 5 * 1024 * 1024, maxPixels: 40_000_000 } as const;

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/**
 * The type of an image from its first bytes (magic numbers), never from a file name or a
 * client's Content-Type. Null for anything that is not JPEG, PNG or WebP.
 */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  const starts = (signature: readonly number[], offset = 0): boolean =>
    bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) {
    return 'image/jpeg';
  }
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'image/png';
  }
  // RIFF <size> WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  return null;
}

/** The author adds and changes images while the initiative itself may be edited. */
export function canEditImages(initiative: { authorId: string; status: InitiativeStatus }, userId: string): boolean {
  return initiative.authorId === userId && (initiative.status === 'draft' || initiative.status === 'changes_requested');
}

/** The author (while editable) or a facilitator or admin (moderation, any time) may remove an image. */
export function canRemoveImage(
  initiative: { authorId: string; status: InitiativeStatus },
  viewer: { userId: string; role: Role },
): boolean {
  return isStaff(viewer.role) || canEditImages(initiative, viewer.userId);
}
