import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { Media, MediaText } from './media.ts';

/** LIKE wildcards in a search text are searched for, not used. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Reads and writes media and their texts per language. */
export class MediaRepository {
  constructor(private readonly db: Executor) {}

  with(db: Executor): MediaRepository {
    return new MediaRepository(db);
  }

  async insert(media: Media): Promise<void> {
    await this.db
      .insertInto('media')
      .values({
        id: media.id,
        site_id: media.siteId,
        kind: media.kind,
        storage_key: media.storageKey,
        original_name: media.originalName,
        mime_type: media.mimeType,
        width: media.width,
        height: media.height,
        bytes: media.bytes,
        credit: media.credit,
        uploaded_by: media.uploadedBy,
        created_at: media.createdAt,
        updated_at: media.updatedAt,
      })
      .execute();
    await this.replaceTexts(media.id, media.texts);
  }

  async replaceTexts(mediaId: string, texts: Record<string, MediaText>): Promise<void> {
    await this.db.deleteFrom('media_texts').where('media_id', '=', mediaId).execute();
    const rows = Object.entries(texts).map(([language, text]) => ({
      media_id: mediaId,
      language,
      alt: text.alt,
      caption: text.caption,
    }));
    if (rows.length) await this.db.insertInto('media_texts').values(rows).execute();
  }

  async setCredit(mediaId: string, credit: string, now: string): Promise<void> {
    await this.db
      .updateTable('media')
      .set({ credit, updated_at: now })
      .where('id', '=', mediaId)
      .execute();
  }

  /**
   * One page of the archive, newest first; with `text`, only media whose original file name,
   * credit, or alt text or caption in any language contains it. With how many there are in all.
   */
  async search(query: {
    text?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: Media[]; total: number }> {
    let select = this.db.selectFrom('media');
    const text = query.text?.trim();
    if (text) {
      const pattern = likePattern(text);
      const like = (column: string) =>
        sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
      select = select.where((eb) =>
        eb.or([
          like('media.original_name'),
          like('media.credit'),
          eb.exists(
            eb
              .selectFrom('media_texts')
              .select('media_texts.media_id')
              .whereRef('media_texts.media_id', '=', 'media.id')
              .where((inner) => inner.or([like('media_texts.alt'), like('media_texts.caption')])),
          ),
        ]),
      );
    }
    const total = await select
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const rows = await select
      .select('media.id')
      .orderBy('media.created_at', 'desc')
      .orderBy('media.id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return { items: await this.load(rows.map((row) => row.id)), total: Number(total.n) };
  }

  /** The first media item uploaded under this file name (the demo loader's natural key). */
  async findByOriginalName(originalName: string): Promise<Media | undefined> {
    const row = await this.db
      .selectFrom('media')
      .select('id')
      .where('original_name', '=', originalName)
      .orderBy('created_at')
      .executeTakeFirst();
    return row ? this.findById(row.id) : undefined;
  }

  async findById(id: string): Promise<Media | undefined> {
    return (await this.load([id]))[0];
  }

  /** Media by id, in the order asked, with their texts; unknown ids are skipped. */
  async load(ids: string[]): Promise<Media[]> {
    if (ids.length === 0) return [];
    const [rows, texts] = await Promise.all([
      this.db.selectFrom('media').selectAll().where('id', 'in', ids).execute(),
      this.db.selectFrom('media_texts').selectAll().where('media_id', 'in', ids).execute(),
    ]);
    const byId = new Map<string, Media>(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          siteId: row.site_id,
          kind: 'image',
          storageKey: row.storage_key,
          originalName: row.original_name,
          mimeType: row.mime_type,
          width: row.width,
          height: row.height,
          bytes: row.bytes,
          credit: row.credit,
          uploadedBy: row.uploaded_by,
          texts: {},
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        },
      ]),
    );
    for (const text of texts) {
      const media = byId.get(text.media_id);
      if (media) media.texts[text.language] = { alt: text.alt, caption: text.caption };
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
