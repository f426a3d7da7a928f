import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { ProcessedImage } from './image-processing.js';
import type { ImageStorage } from './image-storage.js';

/** The two files of a stored picture: full size and thumbnail. */
export interface ImageKeys {
  readonly storageKey: string;
  readonly thumbKey: string;
}

const logger = new Logger('ImageFiles');

/** Fresh, unguessable keys for a new picture. */
export function newImageKeys(): ImageKeys {
  const name = randomBytes(16).toString('hex');
  return { storageKey: `${name}.webp`, thumbKey: `${name}-thumb.webp` };
}

/**
 * Saves a processed picture: `save` runs the database work (in its transaction) and calls
 * `writeFiles` once its checks pass. When `save` fails after the files were written, they are removed.
 */
export async function saveImage<T>(
  storage: ImageStorage,
  image: ProcessedImage,
  save: (keys: ImageKeys, writeFiles: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const keys = newImageKeys();
  let written = false;
  try {
    return await save(keys, async () => {
      written = true;
      await storage.put(keys.storageKey, image.full.data);
      await storage.put(keys.thumbKey, image.thumb.data);
    });
  } catch (error) {
    if (written) {
      await removeImageFiles(storage, keys);
    }
    throw error;
  }
}

/** Removes both files; a failure is logged, not thrown (the database row is gone already). */
export async function removeImageFiles(storage: ImageStorage, keys: ImageKeys): Promise<void> {
  for (const key of [keys.storageKey, keys.thumbKey]) {
    try {
      await storage.delete(key);
    } catch (error) {
      logger.warn(`Could not remove image file ${key}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
