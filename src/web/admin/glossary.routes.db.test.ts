import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeSite } from '../../../tests/helpers/factories.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('Admin API: the glossary', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let lima: Site;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    lima = await makeSite(t.ctx, { language: 'es-PE', timezone: 'America/Lima' });
  });
  afterEach(() => t.destroy());

  it('lets a translation manager add, change, list and remove terms', async () => {
    const manager = await makeStaff(t.ctx, { roles: [[lima, 'translation-manager']] });

    const created = await api.post('/glossary', manager.as, {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      sourceTerm: ' huelga general ',
      targetTerm: 'general strike',
      note: 'Not “general walkout”.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      sourceLanguage: 'es',
      targetLanguage: 'en',
      sourceTerm: 'huelga general',
      targetTerm: 'general strike',
      caseSensitive: false,
      doNotTranslate: false,
      createdBy: manager.user.id,
    });
    const id = created.body.id as string;

    const slogan = await api.post('/glossary', manager.as, {
      sourceLanguage: 'es-AR',
      targetLanguage: 'pt-BR',
      sourceTerm: 'Ni una menos',
      doNotTranslate: true,
    });
    expect(slogan.status).toBe(201);
    // A term to keep is its own translation.
    expect(slogan.body.targetTerm).toBe('Ni una menos');

    const changed = await api.patch(`/glossary/${id}`, manager.as, { caseSensitive: true });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ caseSensitive: true, targetTerm: 'general strike' });
    expect((await api.get(`/glossary/${id}`, manager.as)).body.caseSensitive).toBe(true);

    const all = await api.get('/glossary', manager.as);
    expect(all.body.total).toBe(2);
    const english = await api.get(
      '/glossary?sourceLanguage=es-PE&targetLanguage=en-US',
      manager.as,
    );
    expect(english.body.items.map((term: { id: string }) => term.id)).toEqual([id]);
    const portuguese = await api.get('/glossary?targetLanguage=pt', manager.as);
    expect(portuguese.body.items.map((term: { sourceTerm: string }) => term.sourceTerm)).toEqual([
      'Ni una menos',
    ]);
    // The text filter ignores case and accents, and takes % and _ literally.
    expect((await api.get('/glossary?q=WALKOUT', manager.as)).body.total).toBe(1);
    expect((await api.get('/glossary?q=%25', manager.as)).body.total).toBe(0);

    expect((await api.delete(`/glossary/${id}`, manager.as)).status).toBe(204);
    expect((await api.get(`/glossary/${id}`, manager.as)).status).toBe(404);
    expect((await api.delete(`/glossary/${id}`, manager.as)).status).toBe(404);
  });

  it('refuses the same term twice for a language pair, whatever its case and accents', async () => {
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const term = {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      sourceTerm: 'Perú',
      targetTerm: 'Peru',
    };
    expect((await api.post('/glossary', admin.as, term)).status).toBe(201);

    const again = await api.post('/glossary', admin.as, { ...term, sourceTerm: 'PERU' });
    expect(again.status).toBe(422);
    expect(issuesOf(again)).toEqual({ sourceTerm: 'issue.termTaken' });
    // Another pair, or a regional variant of one, may define it again.
    expect((await api.post('/glossary', admin.as, { ...term, targetLanguage: 'fr' })).status).toBe(
      201,
    );
    const argentine = await api.post('/glossary', admin.as, { ...term, sourceLanguage: 'es-AR' });
    expect(argentine.status).toBe(201);
    // Renaming into a taken term is refused too.
    const renamed = await api.patch(`/glossary/${argentine.body.id}`, admin.as, {
      sourceLanguage: 'es',
    });
    expect(renamed.status).toBe(422);
    expect(issuesOf(renamed)).toEqual({ sourceTerm: 'issue.termTaken' });
  });

  it('says which field is wrong', async () => {
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const wrong = await api.post('/glossary', admin.as, {
      sourceLanguage: 'klingon',
      targetLanguage: 'xx',
      sourceTerm: '',
      caseSensitive: 'yes',
      colour: 'red',
    });
    expect(wrong.status).toBe(422);
    expect(issuesOf(wrong)).toMatchObject({
      sourceLanguage: 'issue.languageTag',
      targetLanguage: 'issue.languageTag',
      sourceTerm: 'issue.required',
      caseSensitive: 'issue.wrongType',
      '': 'issue.unknownField',
    });
    const same = await api.post('/glossary', admin.as, {
      sourceLanguage: 'es-AR',
      targetLanguage: 'es-ES',
      sourceTerm: 'colectivo',
      targetTerm: 'autobús',
    });
    expect(issuesOf(same)).toEqual({ targetLanguage: 'issue.sameLanguage' });
    const untranslated = await api.post('/glossary', admin.as, {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      sourceTerm: 'colectivo',
    });
    expect(issuesOf(untranslated)).toEqual({ targetTerm: 'issue.required' });
    expect((await api.post('/glossary', admin.as, 'not json')).status).toBe(422);
    expect((await api.get('/glossary?sourceLanguage=zz', admin.as)).status).toBe(422);
  });

  it('lets everyone in the newsroom read it, only its keepers change it', async () => {
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const created = await api.post('/glossary', admin.as, {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      sourceTerm: 'sindicato',
      targetTerm: 'union',
    });
    const id = created.body.id as string;
    const entry = {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      sourceTerm: 'paro',
      targetTerm: 'strike',
    };

    for (const role of ['translator', 'editor', 'author', 'contributor'] as const) {
      const someone = await makeStaff(t.ctx, { roles: [[lima, role]] });
      expect((await api.get('/glossary', someone.as)).status, role).toBe(200);
      expect((await api.get(`/glossary/${id}`, someone.as)).status, role).toBe(200);
      expect((await api.post('/glossary', someone.as, entry)).status, role).toBe(403);
      expect((await api.patch(`/glossary/${id}`, someone.as, { note: 'x' })).status, role).toBe(
        403,
      );
      expect((await api.delete(`/glossary/${id}`, someone.as)).status, role).toBe(403);
    }
    // A site admin of any edition keeps the network's glossary (they may take the manager role anyway).
    const siteAdmin = await makeStaff(t.ctx, { roles: [[lima, 'site-admin']] });
    expect(
      (await api.patch(`/glossary/${id}`, siteAdmin.as, { note: 'Not “syndicate”.' })).status,
    ).toBe(200);
    // Without any role there is nothing to see; without signing in, nothing at all.
    const outsider = await makeStaff(t.ctx);
    expect((await api.get('/glossary', outsider.as)).status).toBe(403);
    expect((await api.get('/glossary', null)).status).toBe(401);
    expect((await api.get(`/glossary/${id}`, siteAdmin.as)).body.note).toBe('Not “syndicate”.');
  });
});
