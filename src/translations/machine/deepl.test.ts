import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../../tests/helpers/replay-server.ts';
import {
  DeepLTranslator,
  deeplBaseUrl,
  deeplSourceLanguage,
  deeplTargetLanguage,
} from './deepl.ts';
import { machineTranslatorConformance } from './machine-translator.conformance.ts';

describe('DeepL adapter', () => {
  machineTranslatorConformance(
    'deepl',
    (url, timeoutMs) => new DeepLTranslator({ apiKey: 'dl-test-key', url, timeoutMs }),
  );
});

describe('DeepL languages and addresses', () => {
  it('names English and Portuguese targets by variant, others by language', () => {
    expect(deeplTargetLanguage('en-US')).toBe('EN-US');
    expect(deeplTargetLanguage('en')).toBe('EN-US');
    expect(deeplTargetLanguage('en-GB')).toBe('EN-GB');
    expect(deeplTargetLanguage('en-IE')).toBe('EN-GB');
    expect(deeplTargetLanguage('pt-BR')).toBe('PT-BR');
    expect(deeplTargetLanguage('pt')).toBe('PT-PT');
    expect(deeplTargetLanguage('pt-PT')).toBe('PT-PT');
    expect(deeplTargetLanguage('es-AR')).toBe('ES');
    expect(deeplTargetLanguage('de-DE')).toBe('DE');
  });

  it('names sources by language only', () => {
    expect(deeplSourceLanguage('pt-BR')).toBe('PT');
    expect(deeplSourceLanguage('es-419')).toBe('ES');
  });

  it('uses the free host for a free key (":fx") and the pro host otherwise, unless told', () => {
    expect(deeplBaseUrl('0c1f-…:fx')).toBe('https://api-free.deepl.com');
    expect(deeplBaseUrl('0c1f-…')).toBe('https://api.deepl.com');
    expect(deeplBaseUrl('0c1f-…:fx', 'http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
  });
});

describe('DeepL adapter, its own ways', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer();
  });
  afterAll(() => server.close());

  it('sends at most 50 texts per request, and the key only in the Authorization header', async () => {
    server.reset();
    server.answerWith((request) => {
      const { text } = JSON.parse(request.body) as { text: string[] };
      return {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          translations: text.map((one) => ({ detected_source_language: 'ES', text: `[${one}]` })),
        }),
      };
    });
    const texts = Array.from({ length: 75 }, (_, index) => `frase ${index}`);
    const translator = new DeepLTranslator({ apiKey: 'secret:fx', url: server.url });
    const result = await translator.translate(texts, 'es', 'pt-BR');
    expect(result.ok && result.value[74]).toBe('[frase 74]');
    expect(server.received).toHaveLength(2);
    const first = JSON.parse(server.received[0]?.body ?? '');
    expect(first.text).toHaveLength(50);
    expect(first).toMatchObject({ source_lang: 'ES', target_lang: 'PT-BR', tag_handling: 'html' });
    expect(server.received[0]?.headers.authorization).toBe('DeepL-Auth-Key secret:fx');
    expect(server.received[0]?.body).not.toContain('secret');
  });
});
