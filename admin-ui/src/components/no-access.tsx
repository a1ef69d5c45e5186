import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import type { Key } from '../i18n/en.ts';
import { useT } from '../i18n/i18n.tsx';
import { Link, navigate } from '../router.tsx';

/**
 * Why a screen is closed to the user (an edition they have no role on, an article they cannot
 * open), and the way back to their own editions.
 */
export function NoAccess(props: { title?: Key; message: Key; linkBack?: boolean }) {
  const t = useT();
  return (
    <section className="manage">
      <h1>{t(props.title ?? 'access.title')}</h1>
      <p role="alert">{t(props.message)}</p>
      {props.linkBack === false ? null : (
        <p>
          <Link to="/">{t('access.back')}</Link>
        </p>
      )}
    </section>
  );
}

/** A bare article address (from a notification, say): finds its edition, then opens it there. */
export function OpenArticle(props: { id: string }) {
  const t = useT();
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setMissing(false);
    api<Article>('GET', `/articles/${props.id}`).then(
      (found) =>
        !cancelled && navigate(`/sites/${found.siteId}/articles/${found.id}`, { replace: true }),
      () => !cancelled && setMissing(true),
    );
    return () => {
      cancelled = true;
    };
  }, [props.id]);
  if (missing) return <NoAccess title="access.articleTitle" message="access.article" />;
  return <p className="loading">{t('app.loading')}</p>;
}
