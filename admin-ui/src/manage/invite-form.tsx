import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Member, Role } from '../api/types.ts';
import { LANGUAGES, useLanguage, useT } from '../i18n/i18n.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { RadioGroup, SelectField, TextField } from './fields.tsx';
import { ROLES, roleKeys } from './roles.ts';
import { useSubmit } from './use-submit.ts';

/**
 * Inviting someone to the edition's staff with a role: the server creates their account (or
 * gives an existing one the role) and e-mails them a link to choose a password.
 */
export function InviteForm(props: { siteId: string; onInvited(member: Member): void }) {
  const t = useT();
  const ui = useLanguage();
  const form = useSubmit();
  const blank = {
    email: '',
    name: '',
    role: 'author' as Role,
    locale: ui in LANGUAGES ? ui : 'en',
  };
  const [fields, setFields] = useState(blank);
  const set = (changes: Partial<typeof fields>) => setFields({ ...fields, ...changes });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = { ...fields };
    const ok = await form.run(
      async () => {
        const member = await api<Member>('POST', `/sites/${props.siteId}/invitations`, sent);
        props.onInvited(member);
      },
      t('manage.staff.invited', { email: sent.email.trim() }),
    );
    if (ok) setFields(blank);
  };
  return (
    <form onSubmit={submit} noValidate className="manage-form">
      <FailureMessage form={form} shown={['email', 'name', 'role', 'locale']} />
      <TextField
        label={t('manage.staff.email')}
        type="email"
        autoComplete="off"
        required
        value={fields.email}
        onChange={(event) => set({ email: event.target.value })}
        error={form.issue('email')}
      />
      <TextField
        label={t('manage.staff.name')}
        autoComplete="off"
        required
        value={fields.name}
        onChange={(event) => set({ name: event.target.value })}
        error={form.issue('name')}
      />
      <RadioGroup
        legend={t('manage.staff.role')}
        name="invite-role"
        value={fields.role}
        onChange={(role) => set({ role })}
        error={form.issue('role')}
        options={ROLES.map((role) => ({
          value: role,
          label: t(roleKeys(role).name),
          hint: t(roleKeys(role).explanation),
        }))}
      />
      <SelectField
        label={t('manage.staff.locale')}
        hint={t('manage.staff.localeHint')}
        value={fields.locale}
        onChange={(event) => set({ locale: event.target.value })}
        error={form.issue('locale')}
      >
        {Object.entries(LANGUAGES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t('manage.staff.invite')}
        </button>
        <StatusLine message={form.busy ? t('manage.staff.sending') : form.status} />
      </div>
      {form.status ? <p className="hint">{t('manage.staff.outboxNote')}</p> : null}
    </form>
  );
}
