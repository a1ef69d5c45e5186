import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadExchange,
  type ReplayServer,
  startReplayServer,
} from '../../../tests/helpers/replay-server.ts';
import { LibreTranslateTranslator } from './libretranslate.ts';
import { machineTranslatorConformance } from './machine-translator.conformance.ts';

describe('LibreTranslate adapter', () => {
  machineTranslatorConformance(
    'libretranslate',
    (url, timeoutMs) => new LibreTranslateTranslator({ url, apiKey: 'lt-test-key', timeoutMs }),
  );
});

describe('LibreTranslate adapter, its own ways', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer();
  });
  afterAll(() => server.close());

  it('sends no api_key when the server needs none, and keeps a path prefix', async () => {
    server.reset();
    server.answerWith(() => ({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ translatedText: 'Hello' }),
    }));
    const translator = new LibreTranslateTranslator({ url: `${server.url}/lt/`, apiKey: null });
    // A single text answered as a string rather than a list of one is accepted.
    expect(await translator.translate(['Hola'], 'pt-BR', 'en-US')).toEqual({
      ok: true,
      value: ['Hello'],
    });
    const [sent] = server.received;
    expect(sent?.path).toBe('/lt/translate');
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      q: ['Hola'],
      source: 'pt',
      target: 'en',
      format: 'html',
    });
  });

  it('sends at most 50 texts per request', async () => {
    server.reset();
    server.answerWith((request) => {
      const { q } = JSON.parse(request.body) as { q: string[] };
      return {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ translatedText: q.map((text) => text.toUpperCase()) }),
      };
    });
    const texts = Array.from({ length: 120 }, (_, index) => `texto ${index}`);
    const translator = new LibreTranslateTranslator({ url: server.url, apiKey: 'k' });
    const result = await translator.translate(texts, 'es', 'en');
    expect(result.ok && result.value).toEqual(texts.map((text) => text.toUpperCase()));
    expect(server.received.map((request) => JSON.parse(request.body).q.length)).toEqual([
      50, 50, 20,
    ]);
  });

  it('lists languages with their canonical tags', async () => {
    server.reset();
    server.play(loadExchange('libretranslate', 'languages'));
    const translator = new LibreTranslateTranslator({ url: server.url, apiKey: 'lt-test-key' });
    const result = await translator.languages();
    expect(result.ok && result.value.map((language) => language.code)).toEqual([
      'en',
      'es',
      'pt',
      'pb',
      'zh-Hans',
    ]);
  });
});
