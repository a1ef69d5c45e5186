import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { type FieldIssue, issue } from '../../core/validation.ts';
import { IMAGE_LIMITS } from '../../media/image-processing.ts';
import { type MediaProblem, mediaChangesSchema } from '../../media/media.service.ts';
import type { Media } from '../../media/media.ts';
import { fallbackFormat, variantUrl, variantWidths } from '../../media/variants.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowedSomewhere } from './contributors.routes.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { idParams, mediaListSchema, mediaSchema, problemSchema } from './schemas.ts';

type AdminContext = Context<AdminEnv>;

/** The largest upload request: the largest image plus room for the form's other fields. */
export const UPLOAD_LIMIT = IMAGE_LIMITS.bytes + 1024 * 1024;

/** A media item as the API shows it: without where it is stored, with a small preview. */
export function mediaForApi(media: Media) {
  const { storageKey: _storageKey, ...rest } = media;
  const width = variantWidths(media.width)[0] ?? media.width;
  return { ...rest, previewUrl: variantUrl(media.id, width, fallbackFormat(media.mimeType)) };
}

/** The answer for an expected failure of the media service. */
function mediaProblem(c: AdminContext, failure: MediaProblem) {
  switch (failure.type) {
    case 'invalid':
      return problem(c, 'invalid', { issues: failure.issues });
    case 'not-an-image':
    case 'unsupported-format':
      return problem(c, 'unsupported-media-type');
    case 'too-large':
      return problem(c, 'too-large');
    case 'too-many-pixels':
      return problem(c, 'invalid', {
        issues: [
          issue('file', 'issue.tooManyPixels', { limit: Math.floor(failure.limit / 1_000_000) }),
        ],
      });
  }
}

/** The fields of an upload form, or the issues with them. */
function readUploadForm(form: Record<string, string | File>):
  | {
      ok: true;
      file: File;
      siteId: string;
      credit: string;
      texts: unknown;
    }
  | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const text = (name: string, required: boolean): string => {
    const value = form[name];
    if (value === undefined || value === '') {
      if (required) issues.push(issue(name, 'issue.required'));
      return '';
    }
    if (typeof value !== 'string') {
      issues.push(issue(name, 'issue.wrongType'));
      return '';
    }
    return value;
  };
  const file = form.file;
  if (file === undefined) issues.push(issue('file', 'issue.required'));
  else if (!(file instanceof File)) issues.push(issue('file', 'issue.wrongType'));
  const siteId = text('siteId', true);
  const credit = text('credit', false);
  const textsJson = text('texts', false);
  let texts: unknown = {};
  if (textsJson) {
    try {
      texts = JSON.parse(textsJson);
    } catch {
      issues.push(issue('texts', 'issue.json'));
    }
  }
  if (issues.length || !(file instanceof File)) return { ok: false, issues };
  return { ok: true, file, siteId, credit, texts };
}

async function upload(c: AdminContext): Promise<Response> {
  const { ctx } = c.var;
  if (!/^multipart\/form-data\b/i.test(c.req.header('Content-Type') ?? '')) {
    return problem(c, 'unsupported-media-type');
  }
  let form: Record<string, string | File>;
  try {
    form = await c.req.parseBody();
  } catch {
    return problem(c, 'invalid', { issues: [issue('', 'issue.format')] });
  }
  const fields = readUploadForm(form);
  if (!fields.ok) return problem(c, 'invalid', { issues: fields.issues });
  if (!allowed(c, 'media.upload', { siteId: fields.siteId })) return problem(c, 'forbidden');
  if (!(await ctx.sites.findById(fields.siteId))) {
    return problem(c, 'invalid', { issues: [issue('siteId', 'issue.unknownEdition')] });
  }
  // Refused before the bytes are read into memory.
  if (fields.file.size > IMAGE_LIMITS.bytes) return problem(c, 'too-large');
  const result = await ctx.media.importImage(Buffer.from(await fields.file.arrayBuffer()), {
    originalName: fields.file.name.slice(0, 255),
    siteId: fields.siteId,
    uploadedBy: c.var.user.id,
    credit: fields.credit,
    texts: fields.texts as Record<string, { alt?: string; caption?: string }>,
  });
  return result.ok ? c.json(mediaForApi(result.value), 201) : mediaProblem(c, result.error);
}

/**
 * Uploading to the archive. Registered before the Admin API's JSON body limit: an upload has
 * its own, larger one.
 */
export function mediaUploadRoutes(api: ApiRegistry): void {
  const limit = bodyLimit({ maxSize: UPLOAD_LIMIT, onError: (c) => problem(c, 'too-large') });
  api.add(
    {
      method: 'post',
      path: '/media',
      summary: 'Upload an image; its format is judged by its bytes, its metadata is removed',
      tag: 'Media',
      multipart: {
        file: {
          type: 'binary',
          description: 'The image: JPEG, PNG, WebP, AVIF or GIF',
          required: true,
        },
        siteId: {
          type: 'string',
          description: 'The edition it is uploaded for (needs media.upload there)',
          required: true,
        },
        credit: { type: 'string', description: 'Who to credit, e.g. "Ana Pérez / Meridiano"' },
        texts: {
          type: 'string',
          description:
            'JSON: alt text and caption per language, {"es": {"alt": "…", "caption": "…"}}',
        },
      },
      responses: {
        201: { description: 'The archived image', schema: mediaSchema },
        403: { description: 'Not allowed to upload for this edition', schema: problemSchema },
        413: {
          description: `Larger than ${IMAGE_LIMITS.bytes} bytes`,
          schema: problemSchema,
        },
        415: { description: 'Not an image in an accepted format', schema: problemSchema },
        422: {
          description: 'A field is wrong, or the image has too many pixels',
          schema: problemSchema,
        },
      },
    },
    async (c) => {
      let answer: Response | undefined;
      const refused = await limit(c, async () => {
        answer = await upload(c);
      });
      return refused ?? answer ?? problem(c, 'too-large');
    },
  );
}

const listQuery = z.object({
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(30),
});

/** Finding and describing images in the network's shared archive. */
export function mediaRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/media',
      summary:
        'The archive, newest first; with q, images whose file name, credit, alt text or caption has it',
      tag: 'Media',
      query: listQuery,
      responses: {
        200: { description: 'One page of images, with the total', schema: mediaListSchema },
        403: { description: 'Not on the staff of any edition', schema: problemSchema },
      },
    },
    async (c, { query }) => {
      if (!allowedSomewhere(c, 'article.read')) return problem(c, 'forbidden');
      const found = await c.var.ctx.media.repository.search({
        ...(query.q ? { text: query.q } : {}),
        limit: query.perPage,
        offset: (query.page - 1) * query.perPage,
      });
      return c.json({ total: found.total, items: found.items.map(mediaForApi) });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/media/:id',
      summary: 'One image of the archive, with its texts per language',
      tag: 'Media',
      params: idParams,
      responses: {
        200: { description: 'The image', schema: mediaSchema },
        403: { description: 'Not on the staff of any edition', schema: problemSchema },
        404: { description: 'No such image', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      if (!allowedSomewhere(c, 'article.read')) return problem(c, 'forbidden');
      const media = await c.var.ctx.media.repository.findById(params.id);
      return media ? c.json(mediaForApi(media)) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/media/:id',
      summary:
        'Change an image’s credit, or its texts per language (null removes a language’s; languages left out stay)',
      tag: 'Media',
      params: idParams,
      body: mediaChangesSchema,
      responses: {
        200: { description: 'The changed image', schema: mediaSchema },
        403: {
          description: 'Only editors of its edition, or whoever uploaded it',
          schema: problemSchema,
        },
        404: { description: 'No such image', schema: problemSchema },
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const { ctx } = c.var;
      const media = await ctx.media.repository.findById(params.id);
      if (!media) return problem(c, 'not-found');
      const target = { siteId: media.siteId ?? '', ownerId: media.uploadedBy };
      if (!allowed(c, 'media.edit', target)) return problem(c, 'forbidden');
      const result = await ctx.media.updateDetails(media.id, body);
      if (!result.ok) {
        return result.error.type === 'not-found'
          ? problem(c, 'not-found')
          : problem(c, 'invalid', { issues: result.error.issues });
      }
      return c.json(mediaForApi(result.value));
    },
  );
}
