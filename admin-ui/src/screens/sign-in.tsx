import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { Field, FormError } from '../components/field.tsx';
import { useT } from '../i18n/i18n.tsx';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

export function SignIn() {
  const t = useT();
  const { signIn } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('email')), String(form.get('password')));
      navigate('/', { replace: true });
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="auth">
      <h1>{t('signIn.title')}</h1>
      <form onSubmit={submit} noValidate>
        <FormError message={error} />
        <Field
          label={t('signIn.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
        />
        <Field
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot">{t('signIn.forgot')}</Link>
      </p>
    </main>
  );
}

export function ForgotPassword() {
  const t = useT();
  const [sent, setSent] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await api('POST', '/password-reset', {
      email: String(new FormData(event.currentTarget).get('email')),
    });
    setSent(true);
  };
  return (
    <main className="auth">
      <h1>{t('forgot.title')}</h1>
      {sent ? (
        <p role="status">{t('forgot.sent')}</p>
      ) : (
        <form onSubmit={submit}>
          <p>{t('forgot.text')}</p>
          <Field
            label={t('signIn.email')}
            name="email"
            type="email"
            autoComplete="username"
            required
          />
          <button type="submit" className="primary">
            {t('forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </p>
    </main>
  );
}

/** Choosing a password from an e-mailed link: a reset, or an invitation's welcome. */
export function SetPassword(props: { token: string; welcome: boolean }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setFieldError(undefined);
    try {
      await api('POST', '/password', {
        token: props.token,
        password: String(new FormData(event.currentTarget).get('password')),
      });
      setDone(true);
    } catch (failure) {
      if (failure instanceof ApiError && failure.issueAt('password'))
        setFieldError(failure.issueAt('password'));
      else setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <main className="auth">
      <h1>{t(props.welcome ? 'password.titleWelcome' : 'password.titleReset')}</h1>
      {done ? (
        <p role="status">
          {t('password.done')} <Link to="/sign-in">{t('signIn.submit')}</Link>
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormError message={error} />
          <Field
            label={t('password.new')}
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            error={fieldError}
          />
          <button type="submit" className="primary">
            {t('password.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
