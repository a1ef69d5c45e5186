import { NotificationSettings } from '../desk/notification-settings.tsx';
import { useT } from '../i18n/i18n.tsx';
import { PasswordForm } from '../manage/password-form.tsx';
import { ProfileForm } from '../manage/profile-form.tsx';
import { TokenList } from '../manage/token-list.tsx';
import { useSession } from '../session.tsx';

/** One's own account: name and interface language, password, API tokens. */
export function Account() {
  const t = useT();
  const { session } = useSession();
  if (!session) return null;
  return (
    <section className="manage">
      <h1>{t('manage.account.title')}</h1>
      <section aria-labelledby="profile-title" className="manage-block">
        <h2 id="profile-title">{t('manage.account.profile')}</h2>
        <ProfileForm user={session.user} />
      </section>
      <section aria-labelledby="password-title" className="manage-block">
        <h2 id="password-title">{t('manage.account.password')}</h2>
        <p className="hint">{t('manage.account.passwordLede')}</p>
        <PasswordForm email={session.user.email} />
      </section>
      <NotificationSettings />
      <section aria-labelledby="tokens-title" className="manage-block">
        <h2 id="tokens-title" tabIndex={-1}>
          {t('manage.tokens.title')}
        </h2>
        <TokenList />
      </section>
    </section>
  );
}
