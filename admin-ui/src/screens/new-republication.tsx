import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { TextField } from '../manage/fields.tsx';
import { useUnsavedGuard } from '../manage/unsaved.ts';
import { useSubmit } from '../manage/use-submit.ts';
import { useNetworkLanguages } from '../republication/content-api.ts';
import {
  emptySource,
  OutsideSourceFields,
  SOURCE_FIELDS,
  SOURCE_PATH,
  sourceChanged,
} from '../republication/outside-source-fields.tsx';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

/** The fields this form shows the server's messages next to. */
const SHOWN = ['headline', ...SOURCE_FIELDS.map((field) => `${SOURCE_PATH}.${field}`)];

/**
 * A new republication of a text first published outside the network: where it comes from and
 * under which permission, then the editor for its text. The reader page credits the outside
 * publication and links to the original.
 */
export function NewRepublication(props: { siteId: string }) {
  const t = useT();
  const { sites } = useSession();
  const site = sites.find((candidate) => candidate.id === props.siteId);
  const start = emptySource(site?.language ?? 'en');
  const [headline, setHeadline] = useState('');
  const [source, setSource] = useState(start);
  const form = useSubmit();
  const guard = useUnsavedGuard(headline.trim() !== '' || sourceChanged(start, source));
  const languages = useNetworkLanguages();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await form.run(async () => {
      const created = await api<Article>('POST', `/sites/${props.siteId}/articles`, {
        headline,
        origin: { type: 'republication', source },
      });
      guard.release();
      navigate(`/sites/${props.siteId}/articles/${created.id}`);
    }, t('republication.outside.created'));
  };

  return (
    <section className="manage republication-form">
      <p className="breadcrumb">
        <Link to={`/sites/${props.siteId}/articles`}>{t('articles.title')}</Link>
      </p>
      <h1>{t('republication.outside.title')}</h1>
      <p className="lede">{t('republication.outside.lede')}</p>
      <form onSubmit={submit} noValidate className="manage-form">
        <FailureMessage form={form} shown={SHOWN} />
        <TextField
          id="republication-headline"
          label={t('editor.field.headline')}
          hint={t('republication.outside.headlineHint')}
          value={headline}
          required
          maxLength={300}
          lang={site?.language}
          onChange={(event) => setHeadline(event.target.value)}
          error={form.issue('headline')}
        />
        <OutsideSourceFields
          value={source}
          onChange={setSource}
          issue={(field) => form.issue(`${SOURCE_PATH}.${field}`)}
          languages={languages}
        />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
            {t('republication.outside.submit')}
          </button>
          <Link to={`/sites/${props.siteId}/articles`} className="button">
            {t('common.cancel')}
          </Link>
          <StatusLine form={form} />
        </div>
      </form>
    </section>
  );
}
