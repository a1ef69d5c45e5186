import nodemailer, { type Transporter } from 'nodemailer';
import { assertRecipient, type Mailer, type MailMessage } from './mailer.ts';

/** Sends through an SMTP server named by a URL: smtp(s)://user:password@host:port. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  readonly description: string;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
    const parsed = new URL(url);
    this.description = `SMTP ${parsed.hostname}:${parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587)}`;
  }

  async send(message: MailMessage): Promise<void> {
    assertRecipient(message.to.address);
    await this.transport.sendMail({
      from: this.from,
      to: message.to.name
        ? { name: message.to.name, address: message.to.address }
        : message.to.address,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
    });
  }
}
