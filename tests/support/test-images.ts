import sharp from 'sharp';

/** A plain JPEG as a camera writes it: with EXIF (make "Testcamera") and a GPS position, to prove they are stripped. */
export function cameraJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 140, b: 90 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Testcamera', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 18/1 0/1' },
    })
    .toBuffer();
}
