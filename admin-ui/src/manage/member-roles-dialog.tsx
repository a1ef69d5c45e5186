import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Member, Role } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from './dialog.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { CheckboxField } from './fields.tsx';
import { ROLES, roleKeys } from './roles.ts';
import { confirmDiscard } from './unsaved.ts';
import { useSubmit } from './use-submit.ts';

/** Changing one member's roles on the edition, each role explained next to its box. */
export function MemberRolesDialog(props: {
  siteId: string;
  member: Member;
  onSaved(member: Member): void;
  onClose(): void;
}) {
  const t = useT();
  const form = useSubmit();
  const [roles, setRoles] = useState<Set<Role>>(new Set(props.member.roles));
  const dirty = [...roles].sort().join() !== [...props.member.roles].sort().join();
  const close = () => {
    if (confirmDiscard(dirty, t('manage.discardChanges'))) props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = ROLES.filter((role) => roles.has(role));
    await form.run(
      async () => {
        const member = await api<Member>(
          'PUT',
          `/sites/${props.siteId}/members/${props.member.user.id}`,
          { roles: chosen },
        );
        props.onSaved(member?.user ? member : { ...props.member, roles: chosen });
      },
      t('manage.staff.rolesSaved', { name: props.member.user.name }),
    );
  };
  return (
    <Dialog
      title={t('manage.staff.rolesTitle', { name: props.member.user.name })}
      onClose={close}
      fallbackFocus="#staff-title"
    >
      <form onSubmit={submit} noValidate>
        <FailureMessage form={form} shown={['roles']} />
        <fieldset>
          <legend>{t('manage.staff.roles')}</legend>
          {ROLES.map((role) => (
            <CheckboxField
              key={role}
              label={t(roleKeys(role).name)}
              hint={t(roleKeys(role).explanation)}
              checked={roles.has(role)}
              onChange={(event) => {
                const next = new Set(roles);
                if (event.target.checked) next.add(role);
                else next.delete(role);
                setRoles(next);
              }}
            />
          ))}
          {form.issue('roles') ? <p className="error">{form.issue('roles')}</p> : null}
        </fieldset>
        {roles.size === 0 ? <p className="notice">{t('manage.staff.noRolesWarning')}</p> : null}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
            {t('common.save')}
          </button>
          <StatusLine form={form} />
        </div>
      </form>
    </Dialog>
  );
}
