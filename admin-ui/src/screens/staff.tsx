import { useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Member } from '../api/types.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from '../manage/dialog.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { InviteForm } from '../manage/invite-form.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { MemberRolesDialog } from '../manage/member-roles-dialog.tsx';
import { ROLES, roleKeys } from '../manage/roles.ts';
import { useSubmit } from '../manage/use-submit.ts';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';
import { useSession } from '../session.tsx';

/** The edition's staff: who has which roles, changing and removing them, inviting someone. */
export function Staff(props: { siteId: string }) {
  const t = useT();
  const { session } = useSession();
  const list = useLoad(
    () => api<Member[]>('GET', `/sites/${props.siteId}/members`),
    [props.siteId],
  );
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [message, setMessage] = useState('');
  const removal = useSubmit();
  const members = list.data ?? [];
  const forbidden = list.error instanceof ApiError && list.error.status === 403;

  const put = (member: Member) =>
    list.setData(
      member.roles.length === 0
        ? members.filter((candidate) => candidate.user.id !== member.user.id)
        : members.some((candidate) => candidate.user.id === member.user.id)
          ? members.map((candidate) => (candidate.user.id === member.user.id ? member : candidate))
          : [...members, member].sort((a, b) => a.user.name.localeCompare(b.user.name)),
    );

  const remove = async () => {
    if (!removing) return;
    const member = removing;
    setMessage('');
    const ok = await removal.run(
      () => api('PUT', `/sites/${props.siteId}/members/${member.user.id}`, { roles: [] }),
      t('manage.staff.removed', { name: member.user.name }),
    );
    setRemoving(null);
    if (ok) put({ ...member, roles: [] });
  };

  return (
    <section className="manage">
      <h1 id="staff-title" tabIndex={-1}>
        {t('manage.staff.title')}
      </h1>
      <LoadFailure error={list.error} retry={list.reload} />
      {list.loading && !list.data ? <p>{t('app.loading')}</p> : null}
      {list.data ? (
        <>
          <FailureMessage form={removal} />
          <table>
            <caption className="visually-hidden">{t('manage.staff.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('manage.staff.name')}</th>
                <th scope="col">{t('manage.staff.email')}</th>
                <th scope="col">{t('manage.staff.roles')}</th>
                <th scope="col">
                  <VisuallyHidden>{t('manage.actions')}</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.user.id}>
                  <th scope="row">
                    {member.user.name}
                    {member.user.id === session?.user.id ? (
                      <span className="note"> ({t('manage.staff.you')})</span>
                    ) : null}
                  </th>
                  <td>{member.user.email}</td>
                  <td>
                    <ul className="role-list">
                      {member.roles.map((role) => (
                        <li key={role}>{t(roleKeys(role).name)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <div className="actions">
                      <button
                        type="button"
                        className="small"
                        data-member={member.user.id}
                        onClick={() => {
                          setMessage('');
                          setEditing(member);
                        }}
                      >
                        {t('manage.staff.changeRoles')}
                        <VisuallyHidden>: {member.user.name}</VisuallyHidden>
                      </button>
                      <button
                        type="button"
                        className="small danger"
                        onClick={() => setRemoving(member)}
                      >
                        {t('manage.staff.remove')}
                        <VisuallyHidden>: {member.user.name}</VisuallyHidden>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <StatusLine message={message || removal.status} />
        </>
      ) : null}

      <section aria-labelledby="roles-title" className="manage-block">
        <h2 id="roles-title">{t('manage.staff.rolesExplained')}</h2>
        <dl className="role-explanations">
          {ROLES.map((role) => (
            <div key={role}>
              <dt>{t(roleKeys(role).name)}</dt>
              <dd>{t(roleKeys(role).explanation)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {forbidden ? null : (
        <section aria-labelledby="invite-title" className="manage-block">
          <h2 id="invite-title">{t('manage.staff.inviteTitle')}</h2>
          <p className="hint">{t('manage.staff.inviteHint')}</p>
          <InviteForm siteId={props.siteId} onInvited={put} />
        </section>
      )}

      {editing ? (
        <MemberRolesDialog
          siteId={props.siteId}
          member={editing}
          onClose={() => setEditing(null)}
          onSaved={(member) => {
            put(member);
            setEditing(null);
            setMessage(
              member.roles.length === 0
                ? t('manage.staff.removed', { name: member.user.name })
                : t('manage.staff.rolesSaved', { name: member.user.name }),
            );
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('manage.staff.removeTitle', { name: removing.user.name })}
          message={
            <>
              <p>{t('manage.staff.removeText')}</p>
              {removing.user.id === session?.user.id ? (
                <p className="notice">{t('manage.staff.removeSelf')}</p>
              ) : null}
            </>
          }
          confirm={t('manage.staff.removeConfirm')}
          busy={removal.busy}
          onConfirm={() => void remove()}
          onCancel={() => setRemoving(null)}
          fallbackFocus="#staff-title"
        />
      ) : null}
    </section>
  );
}
