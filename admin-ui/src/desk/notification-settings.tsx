import { useState } from 'react';
import { api } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { CheckboxField } from '../manage/fields.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { useSubmit } from '../manage/use-submit.ts';

/** The Account screen's notification settings: whether they also come by e-mail. */
export function NotificationSettings() {
  const t = useT();
  const settings = useLoad(() => api<{ email: boolean }>('GET', '/me/notification-settings'), []);
  const form = useSubmit();
  const [email, setEmail] = useState<boolean | null>(null);
  const checked = email ?? settings.data?.email ?? false;
  return (
    <section aria-labelledby="notification-settings-title" className="manage-block">
      <h2 id="notification-settings-title">{t('desk.notifications.settings')}</h2>
      <p className="hint">{t('desk.notifications.settingsLede')}</p>
      <LoadFailure error={settings.error} retry={() => void settings.reload()} />
      {settings.data ? (
        <form className="manage-form" onSubmit={(event) => event.preventDefault()}>
          <CheckboxField
            id="notification-email"
            label={t('desk.notifications.email')}
            checked={checked}
            aria-disabled={form.busy || undefined}
            onChange={(event) => {
              if (form.busy) return;
              const next = event.target.checked;
              setEmail(next);
              void form
                .run(
                  async () => {
                    const saved = await api<{ email: boolean }>(
                      'PUT',
                      '/me/notification-settings',
                      { email: next },
                    );
                    settings.setData(saved);
                    setEmail(null);
                  },
                  t(next ? 'desk.notifications.emailOn' : 'desk.notifications.emailOff'),
                )
                .then((ok) => {
                  // Refused: the switch shows what is stored, not what was asked.
                  if (!ok) setEmail(null);
                });
            }}
          />
          <FailureMessage form={form} />
          <StatusLine form={form} />
        </form>
      ) : null}
    </section>
  );
}
