import { z } from 'zod';
import { type Clock, toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import { canonicalLanguageTag } from '../core/locale.ts';
import { err, ok, type Result } from '../core/result.ts';
import { type InvalidInput, invalidInput } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import { type ImageProblem, processImage } from './image-processing.ts';
import './media.events.ts';
import { MediaRepository } from './media.repository.ts';
import type { Media, MediaText } from './media.ts';

export type MediaProblem = InvalidInput | ImageProblem;

const languageTag = z
  .string()
  .refine((tag) => canonicalLanguageTag(tag) !== null, 'issue.languageTag');
const mediaText = z.object({
  alt: z.string().trim().max(1000).default(''),
  caption: z.string().trim().max(5000).default(''),
});
const credit = z.string().trim().max(300);

const detailsInput = z.object({
  originalName: z.string().trim().max(255).default(''),
  siteId: z.string().min(1).max(64).nullable().default(null),
  uploadedBy: z.string().min(1).max(64).nullable().default(null),
  credit: credit.default(''),
  texts: z.record(languageTag, mediaText).default({}),
});

/** What can be changed of an archived image: its credit, and its texts language by language. */
export const mediaChangesSchema = z.object({
  credit: credit.optional(),
  /** Per language: new texts, or null to remove that language's; languages left out stay. */
  texts: z.record(languageTag, mediaText.nullable()).optional(),
});
export type MediaChanges = z.input<typeof mediaChangesSchema>;

/** The shared media archive: images with their credit and texts per language. */
export class MediaService {
  readonly repository: MediaRepository;

  constructor(
    private readonly db: Db,
    private readonly storage: FileStorage,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.repository = new MediaRepository(db);
  }

  /** Checks, cleans and stores an image, then records it. */
  async importImage(
    bytes: Buffer,
    details: z.input<typeof detailsInput>,
  ): Promise<Result<Media, MediaProblem>> {
    const parsed = detailsInput.safeParse(details);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const image = await processImage(bytes);
    if (!image.ok) return image;
    const now = this.clock.now();
    const id = newId(now.getTime());
    const month = now.toISOString().slice(0, 7).replace('-', '/');
    const media: Media = {
      id,
      siteId: parsed.data.siteId,
      kind: 'image',
      storageKey: `images/${month}/${id}.${image.value.extension}`,
      originalName: parsed.data.originalName,
      mimeType: image.value.mimeType,
      width: image.value.width,
      height: image.value.height,
      bytes: image.value.data.byteLength,
      credit: parsed.data.credit,
      uploadedBy: parsed.data.uploadedBy,
      texts: Object.fromEntries(
        Object.entries(parsed.data.texts).map(([tag, text]) => [
          canonicalLanguageTag(tag) ?? tag,
          text,
        ]),
      ),
      createdAt: toTimestamp(now),
      updatedAt: toTimestamp(now),
    };
    // The file first: a row never points at a missing file. If the row cannot be written,
    // the file goes too, so a failed upload leaves nothing behind.
    await this.storage.put(media.storageKey, image.value.data);
    try {
      await this.db.transaction().execute((trx) => this.repository.with(trx).insert(media));
    } catch (error) {
      await this.storage.delete(media.storageKey).catch(() => {});
      throw error;
    }
    return ok(media);
  }

  /** Changes an image's credit and texts, in one transaction. */
  async updateDetails(
    id: string,
    changes: MediaChanges,
  ): Promise<Result<Media, InvalidInput | { type: 'not-found' }>> {
    const parsed = mediaChangesSchema.safeParse(changes);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found' });
    const texts: Record<string, MediaText> = { ...current.texts };
    for (const [language, text] of Object.entries(parsed.data.texts ?? {})) {
      const tag = canonicalLanguageTag(language) ?? language;
      if (text) texts[tag] = text;
      else delete texts[tag];
    }
    const media: Media = {
      ...current,
      credit: parsed.data.credit ?? current.credit,
      texts,
      updatedAt: toTimestamp(this.clock.now()),
    };
    await this.db.transaction().execute(async (trx) => {
      const repository = this.repository.with(trx);
      await repository.setCredit(media.id, media.credit, media.updatedAt);
      if (parsed.data.texts) await repository.replaceTexts(media.id, media.texts);
    });
    await this.events.emit('media.updated', { media });
    return ok(media);
  }
}
