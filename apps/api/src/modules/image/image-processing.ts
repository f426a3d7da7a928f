import sharp from 'sharp';
import { detectImageType, IMAGE_LIMITS, type ImageType } from '#domain';
import { AppError, badInput } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';

/** Largest side of the stored image and of its thumbnail; smaller images are not enlarged. */
export const IMAGE_SIZES = { full: 1600, thumb: 480 } as const;

export interface ProcessedImage {
  readonly sourceType: ImageType;
  readonly full: { data: Buffer; width: number; height: number };
  readonly thumb: { data: Buffer; width: number; height: number };
}

const invalidImage = (): AppError => badInput([{ field: 'file', key: 'image.notAnImage' }]);

/**
 * Checks an upload by its bytes and re-encodes it as WebP: EXIF orientation applied, at most
 * 1600 px (thumbnail 480 px), and no metadata kept, so camera data and GPS position are gone.
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  const sourceType = detectImageType(bytes);
  if (!sourceType) {
    throw invalidImage();
  }
  const options = { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error' as const };
  let format: string | undefined;
  let pixels: number;
  try {
    // Reads the header only: the pixel count is known before anything is decoded.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    format = meta.format;
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch {
    throw invalidImage();
  }
  if (`image/${format === 'jpg' ? 'jpeg' : format}` !== sourceType || pixels <= 0) {
    throw invalidImage();
  }
  if (pixels > IMAGE_LIMITS.maxPixels) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'image.tooManyPixels', { megapixels: IMAGE_LIMITS.maxPixels / 1_000_000 }, [
      { field: 'file', key: 'image.tooManyPixels', params: { megapixels: IMAGE_LIMITS.maxPixels / 1_000_000 } },
    ]);
  }
  try {
    const encode = async (size: number): Promise<{ data: Buffer; width: number; height: number }> => {
      const { data, info } = await sharp(bytes, options)
        .rotate()
        .resize(size, size, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    };
    return { sourceType, full: await encode(IMAGE_SIZES.full), thumb: await encode(IMAGE_SIZES.thumb) };
  } catch {
    throw invalidImage();
  }
}
