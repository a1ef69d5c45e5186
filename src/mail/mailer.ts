/** A message to one person. */
export interface MailMessage {
  to: { address: string; name?: string };
  subject: string;
  text: string;
  html?: string;
}

/**
 * Sends e-mail: a port with two adapters, SMTP for production and an outbox folder for the
 * demo and development (the operator reads the files).
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Where mail goes, for the operator: 'SMTP mail.example.org:587' or 'outbox data/outbox'. */
  readonly description: string;
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Throws unless the recipient is a plain e-mail address (no header injection, no lists). */
export function assertRecipient(address: string): void {
  if (!ADDRESS.test(address) || address.length > 254) {
    throw new Error(`invalid recipient address: ${JSON.stringify(address)}`);
  }
}
