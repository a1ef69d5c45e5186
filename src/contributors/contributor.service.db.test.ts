import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { unwrap } from '../core/result.ts';
import { displayName, profileFor } from './contributor.ts';

describeEachDialect('contributors', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.destroy());

  it('keeps an organisation with its name and bio per language', async () => {
    const board = unwrap(
      await t.ctx.contributors.createContributor({
        kind: 'organisation',
        name: 'Consejo editorial de Meridiano',
        profiles: {
          es: { bio: 'El consejo editorial de la red.' },
          en: { name: 'Meridian Editorial Board', bio: 'The network’s editorial board.' },
        },
        links: [{ label: 'Web', url: 'https://meridian.example' }],
      }),
    );
    expect(board.slug).toBe('consejo-editorial-de-meridiano');
    const stored = await t.ctx.contributors.repository.findBySlug(board.slug);
    expect(stored?.kind).toBe('organisation');
    expect(stored?.links).toEqual([{ label: 'Web', url: 'https://meridian.example' }]);
    expect(displayName(stored ?? board, 'en-US')).toBe('Meridian Editorial Board');
    expect(displayName(stored ?? board, 'es-AR')).toBe('Consejo editorial de Meridiano');
    expect(profileFor(stored ?? board, 'pt-BR')?.bio).toBe('The network’s editorial board.');
  });

  it('refuses a taken slug and names wrong fields', async () => {
    unwrap(await t.ctx.contributors.createContributor({ kind: 'person', name: 'Ana Ruiz' }));
    expect(
      await t.ctx.contributors.createContributor({ kind: 'person', name: 'Ana Ruiz' }),
    ).toEqual({
      ok: false,
      error: { type: 'slug-taken', slug: 'ana-ruiz' },
    });
    const bad = await t.ctx.contributors.createContributor({
      // biome-ignore lint/suspicious/noExplicitAny: a wrong kind on purpose.
      kind: 'robot' as any,
      name: '',
      email: 'not-mail',
      links: [{ label: 'x', url: 'javascript:alert(1)' }],
      profiles: { 'not a tag': { bio: 'x' } },
    });
    if (bad.ok || bad.error.type !== 'invalid') throw new Error('expected invalid');
    expect(bad.error.issues.map((issue) => issue.path).sort()).toEqual(
      ['email', 'kind', 'links.0.url', 'name', 'profiles.not a tag'].sort(),
    );
  });

  it('loads several contributors in the order asked, skipping unknown ids', async () => {
    const a = unwrap(await t.ctx.contributors.createContributor({ kind: 'person', name: 'Zoe' }));
    const b = unwrap(await t.ctx.contributors.createContributor({ kind: 'person', name: 'Abel' }));
    const loaded = await t.ctx.contributors.repository.load([a.id, 'missing', b.id]);
    expect(loaded.map((c) => c.name)).toEqual(['Zoe', 'Abel']);
  });
});
