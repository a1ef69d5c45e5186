import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { TextField } from './fields.tsx';
import { useSubmit } from './use-submit.ts';

/** Changing one's password: the current one, then the new one twice (a typo would lock them out). */
export function PasswordForm(props: { email: string }) {
  const t = useT();
  const form = useSubmit();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) {
      // The server's verdict was on other input: only this problem stands now.
      form.reset();
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const ok = await form.run(
      () => api('PATCH', '/me', { currentPassword: current, newPassword: next }),
      t('manage.account.passwordChanged'),
    );
    if (ok) {
      setCurrent('');
      setNext('');
      setRepeat('');
    }
  };
  return (
    <form onSubmit={submit} noValidate className="manage-form">
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" autoComplete="username" value={props.email} readOnly />
      <FailureMessage form={form} shown={['currentPassword', 'newPassword']} />
      <TextField
        label={t('manage.account.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        error={form.issue('currentPassword')}
      />
      <TextField
        label={t('manage.account.newPassword')}
        hint={t('manage.account.newPasswordHint')}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        value={next}
        onChange={(event) => setNext(event.target.value)}
        error={form.issue('newPassword')}
      />
      <TextField
        label={t('manage.account.repeatPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(event) => {
          setRepeat(event.target.value);
          setMismatch(false);
        }}
        error={mismatch ? t('manage.account.mismatch') : undefined}
      />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t('manage.account.changePassword')}
        </button>
        <StatusLine form={form} />
      </div>
    </form>
  );
}
