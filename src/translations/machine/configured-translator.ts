import type { MachineTranslationConfig } from '../../config.ts';
import { DeepLTranslator } from './deepl.ts';
import { LibreTranslateTranslator } from './libretranslate.ts';
import type { MachineTranslator } from './machine-translator.ts';

/** The adapter the configuration names, or null: machine translation is off. */
export function configuredTranslator(
  config: MachineTranslationConfig | null | undefined,
): MachineTranslator | null {
  if (!config) return null;
  return config.provider === 'deepl'
    ? new DeepLTranslator({ apiKey: config.apiKey, url: config.url })
    : new LibreTranslateTranslator({ url: config.url, apiKey: config.apiKey });
}
