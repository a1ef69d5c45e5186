import type { Executor } from '../db/database.ts';
import { type ImageRef, type MediaRowWithTexts, toImageRef } from './image-ref.ts';

/** Image references for many media at once, with their texts in `language`. */
export async function loadImageRefs(
  db: Executor,
  ids: (string | null | undefined)[],
  language: string,
): Promise<Map<string, ImageRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const [rows, texts] = await Promise.all([
    db
      .selectFrom('media')
      .select(['id', 'width', 'height', 'mime_type', 'credit'])
      .where('id', 'in', wanted)
      .execute(),
    db.selectFrom('media_texts').selectAll().where('media_id', 'in', wanted).execute(),
  ]);
  const byId = new Map<string, MediaRowWithTexts>(
    rows.map((row) => [row.id, { ...row, texts: {} }]),
  );
  for (const text of texts) {
    const media = byId.get(text.media_id);
    if (media) media.texts[text.language] = { alt: text.alt, caption: text.caption };
  }
  return new Map([...byId].map(([id, row]) => [id, toImageRef(row, language)]));
}
