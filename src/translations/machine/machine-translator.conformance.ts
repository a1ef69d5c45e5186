import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  loadExchange,
  type ReplayServer,
  startReplayServer,
} from '../../../tests/helpers/replay-server.ts';
import type { MachineTranslationFailure, MachineTranslator } from './machine-translator.ts';

/** How long an adapter waits in these tests: the 'slow' exchanges answer after 1.5 s. */
export const CONFORMANCE_TIMEOUT_MS = 300;

const PLAIN = ['La huelga sigue.', 'Los portuarios votaron.'];
const HTML =
  'La <strong>huelga</strong> sigue en <a href="https://example.org/callao">el Callao</a>.';

/**
 * What every MachineTranslator adapter must do, against a local server replaying its
 * service's recorded exchanges (tests/fixtures/machine-translation/<provider>/): translate in
 * order, keep inline HTML, list languages, and turn each kind of failure into a value.
 */
export function machineTranslatorConformance(
  provider: string,
  create: (url: string, timeoutMs: number) => MachineTranslator,
): void {
  let server: ReplayServer;
  let translator: MachineTranslator;
  beforeAll(async () => {
    server = await startReplayServer();
    translator = create(server.url, CONFORMANCE_TIMEOUT_MS);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  /** The failure the adapter reports for a recorded scenario (and that it sent the right request). */
  async function failureFor(scenario: string): Promise<MachineTranslationFailure> {
    server.play(loadExchange(provider, scenario));
    const result = await translator.translate(PLAIN, 'es-AR', 'en-US');
    expect(server.mismatches).toEqual([]);
    if (result.ok)
      throw new Error(`expected ${scenario} to fail, got ${JSON.stringify(result.value)}`);
    expect(result.error.provider).toBe(translator.name);
    return result.error;
  }

  it('translates a batch of texts in one request, in order', async () => {
    server.play(loadExchange(provider, 'translate'));
    const result = await translator.translate(PLAIN, 'es-AR', 'en-US');
    expect(server.mismatches).toEqual([]);
    expect(result).toEqual({ ok: true, value: ['The strike goes on.', 'The dockworkers voted.'] });
    expect(server.received).toHaveLength(1);
  });

  it('keeps inline HTML (emphasis, links) in place', async () => {
    server.play(loadExchange(provider, 'translate-html'));
    const result = await translator.translate([HTML], 'es', 'en-GB');
    expect(server.mismatches).toEqual([]);
    expect(result.ok && result.value[0]).toBe(
      'The <strong>strike</strong> goes on in <a href="https://example.org/callao">Callao</a>.',
    );
  });

  it('sends nothing for nothing, and gives blank texts back blank', async () => {
    expect(await translator.translate([], 'es', 'en')).toEqual({ ok: true, value: [] });
    expect(await translator.translate(['', '  '], 'es', 'en')).toEqual({
      ok: true,
      value: ['', ''],
    });
    expect(server.received).toHaveLength(0);
  });

  it('lists the languages it translates into as BCP 47 tags', async () => {
    server.play(loadExchange(provider, 'languages'));
    const result = await translator.languages();
    expect(server.mismatches).toEqual([]);
    if (!result.ok) throw new Error(result.error.message);
    const codes = result.value.map((language) => language.code);
    expect(codes).toContain('es');
    expect(codes.some((code) => code === 'en' || code.startsWith('en-'))).toBe(true);
    expect(codes.every((code) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code))).toBe(true);
    expect(result.value.find((language) => language.code === 'es')?.name).toBe('Spanish');
  });

  it('reports a refused key as unauthorized, saying which settings to check', async () => {
    const failure = await failureFor('bad-key');
    expect(failure).toMatchObject({ type: 'unauthorized', status: 403 });
    expect(failure.message).toContain('TRIBUNE_MT_API_KEY');
  });

  it('reports too many requests and a used-up quota as quota', async () => {
    expect(await failureFor('rate-limited')).toMatchObject({ type: 'quota', status: 429 });
    const quota = await failureFor('quota');
    expect(quota.type).toBe('quota');
    expect([429, 456]).toContain(quota.status);
  });

  it('reports a server error as unavailable, with the service’s own words', async () => {
    const failure = await failureFor('server-error');
    expect(failure).toMatchObject({ type: 'unavailable', status: 500 });
    expect(failure.message).toMatch(/It said: “.+”/);
  });

  it('reports a body that is not JSON, or not the documented shape, as malformed', async () => {
    expect((await failureFor('malformed')).type).toBe('malformed');
    expect((await failureFor('wrong-count')).type).toBe('malformed');
  });

  it('gives up on a service that answers too late', async () => {
    const failure = await failureFor('slow');
    expect(failure).toMatchObject({ type: 'timeout', status: null });
  });

  it('reports a service that cannot be reached as unavailable', async () => {
    const nowhere = create('http://127.0.0.1:9', CONFORMANCE_TIMEOUT_MS);
    const result = await nowhere.translate(PLAIN, 'es', 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['unavailable', 'timeout']).toContain(result.error.type);
  });
}
