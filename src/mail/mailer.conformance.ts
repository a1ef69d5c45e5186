import type { ParsedMail } from 'mailparser';
import { expect, it } from 'vitest';
import type { Mailer } from './mailer.ts';

export interface MailerUnderTest {
  mailer: Mailer;
  /** Every message that reached the other side so far, parsed by a real mail parser. */
  received(): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** What every Mailer adapter must do; each adapter's test calls this with a fresh setup. */
export function mailerConformance(create: () => Promise<MailerUnderTest>): void {
  it('delivers the recipient, the subject and both bodies intact, accents and all', async () => {
    const setup = await create();
    try {
      await setup.mailer.send({
        to: { address: 'traductora@example.org', name: 'Inés Núñez' },
        subject: 'Invitación a Meridiano — ¡bienvenida!',
        text: 'Hola Inés,\nte invitamos a la redacción: https://example.org/newsroom/accept?token=abc',
        html: '<p>Hola Inés, <a href="https://example.org/newsroom/accept?token=abc">aceptá la invitación</a>.</p>',
      });
      const [message] = await setup.received();
      expect(message?.subject).toBe('Invitación a Meridiano — ¡bienvenida!');
      const to = Array.isArray(message?.to) ? message?.to[0] : message?.to;
      expect(to?.value[0]).toMatchObject({ address: 'traductora@example.org', name: 'Inés Núñez' });
      expect(message?.text).toContain(
        'te invitamos a la redacción: https://example.org/newsroom/accept?token=abc',
      );
      expect(message?.html).toContain('aceptá la invitación');
      expect(message?.from?.value[0]?.address).toBe('newsroom@tribune.test');
    } finally {
      await setup.close();
    }
  });

  it('refuses a recipient that is not one plain address, and sends nothing', async () => {
    const setup = await create();
    try {
      for (const address of [
        'not-an-address',
        'a@b.example, c@d.example',
        'x@example.org\r\nBcc: y@example.org',
        '',
      ]) {
        await expect(
          setup.mailer.send({ to: { address }, subject: 's', text: 't' }),
          address,
        ).rejects.toThrow(/invalid recipient/);
      }
      expect(await setup.received()).toEqual([]);
    } finally {
      await setup.close();
    }
  });
}
