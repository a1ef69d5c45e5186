import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { assertRecipient, type Mailer, type MailMessage } from './mailer.ts';

/**
 * Writes each message as an .eml file into a folder instead of sending it: the demo's and a
 * development machine's mail. Any mail program opens the files.
 */
export class OutboxMailer implements Mailer {
  readonly description: string;
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true });

  constructor(
    readonly folder: string,
    private readonly from: string,
  ) {
    this.description = `outbox ${folder}`;
  }

  async send(message: MailMessage): Promise<void> {
    assertRecipient(message.to.address);
    const info = await this.composer.sendMail({
      from: this.from,
      to: message.to.name
        ? { name: message.to.name, address: message.to.address }
        : message.to.address,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
    });
    await mkdir(this.folder, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
    // Written beside, then renamed: a reader never sees half a message.
    const temporary = join(this.folder, `.${name}.tmp`);
    await writeFile(temporary, info.message as Buffer);
    await rename(temporary, join(this.folder, name));
  }
}
