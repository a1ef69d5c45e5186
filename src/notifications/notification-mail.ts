import { languageName } from '../core/locale.ts';
import { catalogues, translator } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en.ts';
import type { Notification } from './notification.service.ts';

/** What a notification says, in `locale`: one line, with its names filled in. */
export function notificationMessage(
  notification: Pick<Notification, 'kind' | 'data'>,
  locale: string,
): string {
  const t = translator(locale);
  const key = `notification.${notification.kind}`;
  const { language, ...rest } = notification.data;
  const values = { ...rest, ...(language ? { language: languageName(language, locale) } : {}) };
  return key in catalogues.en ? t(key as MessageKey, values) : t('notification.other', values);
}

/** The e-mail of a notification: its message as the subject, and a link to the desk. */
export function notificationMail(
  notification: Notification,
  reader: { name: string; locale: string; newsroomUrl: string },
): { subject: string; text: string } {
  const t = translator(reader.locale);
  const message = notificationMessage(notification, reader.locale);
  const link = notification.taskId
    ? `${reader.newsroomUrl}#/translations/${notification.taskId}`
    : reader.newsroomUrl;
  const note = notification.data.note ? `\n“${notification.data.note}”\n` : '';
  return {
    subject: message,
    text: t('mail.notification.text', { name: reader.name, message, note, link }),
  };
}
