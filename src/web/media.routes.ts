import { Hono } from 'hono';
import { isId } from '../core/ids.ts';
import type { VariantService } from '../media/variant.service.ts';
import { parseVariantFile, variantMimeType } from '../media/variants.ts';
import type { AppEnv } from './env.ts';

/**
 * GET /media/<id>/<width>.<format>: an image variant, rendered on first request and then
 * served from storage. Only the widths and formats the pages ask for exist.
 */
export function mediaRoutes(variants: VariantService): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/media/:id/:file', async (c) => {
    const id = c.req.param('id');
    const file = parseVariantFile(c.req.param('file'));
    if (!isId(id) || !file) return c.text('Not found', 404);
    const etag = `"${id.slice(-12)}-${file.width}-${file.format}"`;
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
    const variant = await variants.variant(id, file.width, file.format);
    if (!variant) return c.text('Not found', 404);
    c.header('Content-Type', variantMimeType(variant.format));
    // A variant never changes: its address names the image and the size.
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('ETag', etag);
    return c.body(new Uint8Array(variant.data));
  });
}
