import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { mailerConformance } from './mailer.conformance.ts';
import { SmtpMailer } from './smtp.ts';

async function startServer(messages: ParsedMail[], users: string[]) {
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === 'tribune' && auth.password === 'secret'
        ? callback(null, { user: 'tribune' })
        : callback(new Error('bad credentials')),
    onData: (stream, session, callback) => {
      users.push(String(session.user));
      simpleParser(stream)
        .then((parsed) => {
          messages.push(parsed);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port };
}

describe('the SMTP mailer, against a real SMTP server', () => {
  mailerConformance(async () => {
    const messages: ParsedMail[] = [];
    const { server, port } = await startServer(messages, []);
    return {
      mailer: new SmtpMailer(
        `smtp://tribune:secret@127.0.0.1:${port}`,
        'Tribune <newsroom@tribune.test>',
      ),
      received: async () => messages,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  });

  it('signs in to the server with the URL’s user and password', async () => {
    const messages: ParsedMail[] = [];
    const users: string[] = [];
    const { server, port } = await startServer(messages, users);
    try {
      await new SmtpMailer(`smtp://tribune:secret@127.0.0.1:${port}`, 'newsroom@tribune.test').send(
        {
          to: { address: 'a@example.org' },
          subject: 'Hello',
          text: 'Hi',
        },
      );
      expect(users).toEqual(['tribune']);
      const refused = new SmtpMailer(
        `smtp://tribune:wrong@127.0.0.1:${port}`,
        'newsroom@tribune.test',
      );
      await expect(
        refused.send({ to: { address: 'a@example.org' }, subject: 'x', text: 'y' }),
      ).rejects.toThrow();
      expect(messages).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
