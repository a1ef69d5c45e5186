import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe } from 'vitest';
import { mailerConformance } from './mailer.conformance.ts';
import { OutboxMailer } from './outbox.ts';

describe('the outbox mailer', () => {
  mailerConformance(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'tribune-outbox-'));
    return {
      mailer: new OutboxMailer(folder, 'Tribune <newsroom@tribune.test>'),
      received: async () => {
        const files = (await readdir(folder)).filter((name) => name.endsWith('.eml')).sort();
        return Promise.all(
          files.map(async (name) => simpleParser(await readFile(join(folder, name)))),
        );
      },
      close: () => rm(folder, { recursive: true, force: true }),
    };
  });
});
