import { useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import { SisterArticlesDialog } from './sister-articles-dialog.tsx';
import './republication.css';

/**
 * On the article list, next to "New article": republish a sister edition's article (a picker of
 * the sister editions' published articles in the same language), or a text from outside the
 * network (a form for its source, then the editor).
 */
export function RepublicationActions(props: { siteId: string }) {
  const t = useT();
  const { sites } = useSession();
  const site = sites.find((candidate) => candidate.id === props.siteId);
  const [picking, setPicking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setPicking(true)}>
        {t('republication.sisters.open')}
      </button>
      <Link to={`/sites/${props.siteId}/new-republication`} className="button">
        {t('republication.outside.new')}
      </Link>
      {picking && site ? (
        <SisterArticlesDialog
          siteId={props.siteId}
          language={site.language}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </>
  );
}
