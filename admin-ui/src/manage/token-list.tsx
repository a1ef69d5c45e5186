import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { ApiToken } from '../api/types.ts';
import { When } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from './dialog.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { TextField } from './fields.tsx';
import { itemsOf, type ListAnswer } from './list.ts';
import { LoadFailure } from './load-failure.tsx';
import { focusSecretPanel, SecretPanel } from './secret-panel.tsx';
import { useSubmit } from './use-submit.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

/** One's API tokens for scripts: the list, creating one (its secret shown once), revoking. */
export function TokenList() {
  const t = useT();
  const language = useLanguage();
  const list = useLoad(() => api<ListAnswer<ApiToken>>('GET', '/tokens'), []);
  const { items } = itemsOf(list.data);
  const form = useSubmit();
  const revocation = useSubmit();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await form.run(async () => {
      const answer = await api<{ token: string; record: ApiToken }>('POST', '/tokens', { name });
      setSecret({ name: answer.record.name, secret: answer.token });
      list.setData([answer.record, ...items]);
    }, t('manage.tokens.created'));
    if (ok) {
      setName('');
      focusSecretPanel();
    }
  };

  const revoke = async () => {
    if (!revoking) return;
    const token = revoking;
    const ok = await revocation.run(
      () => api('DELETE', `/tokens/${token.id}`),
      t('manage.tokens.revoked', { name: token.name }),
    );
    setRevoking(null);
    if (ok) {
      list.setData(
        items.map((item) =>
          item.id === token.id ? { ...item, revokedAt: new Date().toISOString() } : item,
        ),
      );
    }
  };

  return (
    <>
      <p className="hint">{t('manage.tokens.lede')}</p>
      <LoadFailure error={list.error} retry={list.reload} />
      {secret ? (
        <SecretPanel
          title={t('manage.tokens.newSecretTitle', { name: secret.name })}
          secret={secret.secret}
          warning={t('manage.tokens.onlyOnce')}
          usage={t('manage.tokens.usage')}
          onDone={() => {
            setSecret(null);
            requestAnimationFrame(() => document.getElementById('token-name')?.focus());
          }}
        />
      ) : null}
      <form onSubmit={create} noValidate className="inline-form inline-form--row">
        <FailureMessage form={form} shown={['name']} />
        <TextField
          id="token-name"
          label={t('manage.tokens.name')}
          hint={t('manage.tokens.nameHint')}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          error={form.issue('name')}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t('manage.tokens.create')}
        </button>
        <StatusLine form={form} />
      </form>
      <FailureMessage form={revocation} />
      {list.data && items.length === 0 ? <p>{t('manage.tokens.none')}</p> : null}
      {items.length > 0 ? (
        <table>
          <caption className="visually-hidden">{t('manage.tokens.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manage.tokens.name')}</th>
              <th scope="col">{t('manage.tokens.hint')}</th>
              <th scope="col">{t('manage.tokens.createdAt')}</th>
              <th scope="col">{t('manage.tokens.lastUsed')}</th>
              <th scope="col">{t('manage.tokens.state')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <code>…{token.hint}</code>
                </td>
                <td>
                  <When iso={token.createdAt} language={language} />
                </td>
                <td>
                  {token.lastUsedAt ? (
                    <When iso={token.lastUsedAt} language={language} />
                  ) : (
                    t('manage.tokens.never')
                  )}
                </td>
                <td>
                  {token.revokedAt ? (
                    <span className="badge badge--unpublished">
                      {t('manage.tokens.revokedOn')}{' '}
                      <When iso={token.revokedAt} language={language} />
                    </span>
                  ) : (
                    <div className="actions">
                      <span className="badge badge--published">{t('manage.tokens.active')}</span>
                      <button
                        type="button"
                        className="small danger"
                        onClick={() => setRevoking(token)}
                      >
                        {t('manage.tokens.revoke')}
                        <VisuallyHidden>: {token.name}</VisuallyHidden>
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <StatusLine message={revocation.status} />
      {revoking ? (
        <ConfirmDialog
          title={t('manage.tokens.revokeTitle', { name: revoking.name })}
          message={<p>{t('manage.tokens.revokeText')}</p>}
          confirm={t('manage.tokens.revoke')}
          busy={revocation.busy}
          onConfirm={() => void revoke()}
          onCancel={() => setRevoking(null)}
          fallbackFocus="#tokens-title"
        />
      ) : null}
    </>
  );
}
