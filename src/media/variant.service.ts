import sharp from 'sharp';
import type { Db } from '../db/database.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import { MediaRepository } from './media.repository.ts';
import type { Media } from './media.ts';
import { type VariantFormat, variantKey, variantWidths } from './variants.ts';

export interface Variant {
  data: Buffer;
  format: VariantFormat;
  /** When the source image was stored: variants never change after that. */
  createdAt: string;
}

/**
 * Renders image variants on first request and keeps them in storage. Requests for the same
 * variant while it renders wait for the one rendering.
 */
export class VariantService {
  private readonly rendering = new Map<string, Promise<Buffer>>();
  private readonly repository: MediaRepository;

  constructor(
    db: Db,
    private readonly storage: FileStorage,
  ) {
    this.repository = new MediaRepository(db);
  }

  /** The variant, or null when the image or the width does not exist. */
  async variant(mediaId: string, width: number, format: VariantFormat): Promise<Variant | null> {
    const media = await this.repository.findById(mediaId);
    if (!media || !variantWidths(media.width).includes(width)) return null;
    const key = variantKey(media.id, width, format);
    const stored = await this.storage.get(key);
    if (stored) return { data: stored, format, createdAt: media.createdAt };
    let pending = this.rendering.get(key);
    if (!pending) {
      pending = this.render(media, width, format, key).finally(() => this.rendering.delete(key));
      this.rendering.set(key, pending);
    }
    const data = await pending;
    return { data, format, createdAt: media.createdAt };
  }

  private async render(
    media: Media,
    width: number,
    format: VariantFormat,
    key: string,
  ): Promise<Buffer> {
    const original = await this.storage.get(media.storageKey);
    if (!original) throw new Error(`media file missing: ${media.storageKey}`);
    let pipeline = sharp(original).resize({ width, withoutEnlargement: true });
    switch (format) {
      case 'avif':
        pipeline = pipeline.avif({ quality: 55, effort: 2 });
        break;
      case 'webp':
        pipeline = pipeline.webp({ quality: 75 });
        break;
      case 'jpg':
        pipeline = pipeline.jpeg({ quality: 78, mozjpeg: true, progressive: true });
        break;
      case 'png':
        pipeline = pipeline.png({ compressionLevel: 9, palette: true });
        break;
    }
    const data = await pipeline.toBuffer();
    await this.storage.put(key, data);
    return data;
  }
}
