import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { NoAccess } from '../components/no-access.tsx';
import { useT } from '../i18n/i18n.tsx';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { TranslationTask } from './desk-types.ts';

/**
 * A bare task address ('#/translations/<id>', from a notification or its e-mail): finds the
 * task's edition and opens it in the translation editor there; someone of the source edition
 * only is taken to the translation (or the source) article instead.
 */
export function OpenTask(props: { id: string }) {
  const t = useT();
  const { session, sites } = useSession();
  const [missing, setMissing] = useState(false);
  const admin = session?.user.isNetworkAdmin ?? false;
  // biome-ignore lint/correctness/useExhaustiveDependencies: resolved once per task.
  useEffect(() => {
    let cancelled = false;
    setMissing(false);
    api<{ task: TranslationTask }>('GET', `/translation-tasks/${props.id}`).then(
      ({ task }) => {
        if (cancelled) return;
        if (admin || sites.some((site) => site.id === task.targetSiteId)) {
          navigate(`/sites/${task.targetSiteId}/translations/${task.id}`, { replace: true });
        } else {
          navigate(`/articles/${task.targetArticleId ?? task.sourceArticleId}`, { replace: true });
        }
      },
      () => !cancelled && setMissing(true),
    );
    return () => {
      cancelled = true;
    };
  }, [props.id]);
  if (missing) return <NoAccess title="desk.openTask.title" message="desk.openTask.missing" />;
  return <p className="loading">{t('app.loading')}</p>;
}
