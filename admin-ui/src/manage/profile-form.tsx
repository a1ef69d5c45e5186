import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { LANGUAGES, translator, useT } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { FailureMessage, SaveState } from './feedback.tsx';
import { SelectField, TextField } from './fields.tsx';
import { useSubmit } from './use-submit.ts';

/** One's name and interface language. */
export function ProfileForm(props: { user: User }) {
  const t = useT();
  const { refresh } = useSession();
  const form = useSubmit();
  const [name, setName] = useState(props.user.name);
  const [locale, setLocale] = useState(props.user.locale in LANGUAGES ? props.user.locale : 'en');
  const dirty = name !== props.user.name || locale !== props.user.locale;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await form.run(async () => {
      await api<User>('PATCH', '/me', { name, locale });
      // The top bar shows the name, and the whole newsroom speaks the chosen language.
      await refresh();
      // Said in the language just chosen, which the newsroom now speaks.
    }, translator(locale)('manage.account.profileSaved'));
  };
  return (
    <form onSubmit={submit} noValidate className="manage-form">
      <FailureMessage form={form} shown={['name', 'locale']} />
      <TextField
        label={t('manage.account.name')}
        hint={t('manage.account.nameHint')}
        autoComplete="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={form.issue('name')}
      />
      <SelectField
        label={t('nav.language')}
        value={locale}
        onChange={(event) => setLocale(event.target.value)}
        error={form.issue('locale')}
      >
        {Object.entries(LANGUAGES).map(([code, language]) => (
          <option key={code} value={code} lang={code}>
            {language}
          </option>
        ))}
      </SelectField>
      <p className="hint">{t('manage.account.email', { email: props.user.email })}</p>
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t('common.save')}
        </button>
        <SaveState form={form} dirty={dirty} />
      </div>
    </form>
  );
}
