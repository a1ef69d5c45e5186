import sharp, { type Metadata } from 'sharp';
import { err, ok, type Result } from '../core/result.ts';

/** Formats accepted on upload, by what the bytes are (never by the file name). */
const ACCEPTED = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  avif: { mime: 'image/avif', ext: 'avif' },
  heif: { mime: 'image/avif', ext: 'avif' },
  gif: { mime: 'image/png', ext: 'png' },
} as const;

export const IMAGE_LIMITS = {
  /** Largest upload accepted. */
  bytes: 25 * 1024 * 1024,
  /** Largest decoded image accepted: stops decompression bombs before they are decoded. */
  pixels: 50_000_000,
} as const;

export type ImageProblem =
  | { type: 'not-an-image' }
  | { type: 'unsupported-format'; format: string }
  | { type: 'too-large'; bytes: number; limit: number }
  | { type: 'too-many-pixels'; pixels: number; limit: number };

export interface ProcessedImage {
  data: Buffer;
  mimeType: string;
  extension: string;
  width: number;
  height: number;
}

/**
 * Checks an upload and rewrites it for storage: the real format is read from the bytes, size
 * and pixel count are limited, the photo is turned upright, and EXIF, GPS position, XMP and
 * IPTC metadata are dropped (a protest photo must not tell where it was taken). The colour
 * profile is converted to sRGB rather than kept. GIFs are stored as PNG (first frame).
 */
export async function processImage(input: Buffer): Promise<Result<ProcessedImage, ImageProblem>> {
  if (input.byteLength > IMAGE_LIMITS.bytes) {
    return err({ type: 'too-large', bytes: input.byteLength, limit: IMAGE_LIMITS.bytes });
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return err({ type: 'not-an-image' });
  }
  const format = metadata.format ?? 'unknown';
  const accepted = ACCEPTED[format as keyof typeof ACCEPTED];
  if (!accepted) return err({ type: 'unsupported-format', format });
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (!pixels) return err({ type: 'not-an-image' });
  if (pixels > IMAGE_LIMITS.pixels) {
    return err({ type: 'too-many-pixels', pixels, limit: IMAGE_LIMITS.pixels });
  }
  let pipeline = sharp(input, { limitInputPixels: IMAGE_LIMITS.pixels, pages: 1 })
    .rotate()
    .toColourspace('srgb');
  switch (accepted.ext) {
    case 'jpg':
      pipeline = pipeline.jpeg({ quality: 90, mozjpeg: true });
      break;
    case 'png':
      pipeline = pipeline.png({ compressionLevel: 9 });
      break;
    case 'webp':
      pipeline = pipeline.webp({ quality: 90 });
      break;
    case 'avif':
      pipeline = pipeline.avif({ quality: 70 });
      break;
  }
  try {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return ok({
      data,
      mimeType: accepted.mime,
      extension: accepted.ext,
      width: info.width,
      height: info.height,
    });
  } catch {
    return err({ type: 'not-an-image' });
  }
}
