import { type ReactElement, useEffect, useState } from 'react';
import { NoAccess, OpenArticle } from './components/no-access.tsx';
import { Shell } from './components/shell.tsx';
import { DESK_SCREENS, deskRoute } from './desk/desk-routes.tsx';
import { isHandingOver } from './editor/editor-handoff.ts';
import { browserLanguage, I18nProvider, useT } from './i18n/i18n.tsx';
import { match, navigate, usePath } from './router.tsx';
import { Account } from './screens/account.tsx';
import { ArticleList } from './screens/articles.tsx';
import { Contributors } from './screens/contributors.tsx';
import { ArticleEditor } from './screens/editor.tsx';
import { FrontPage } from './screens/front-page.tsx';
import { Glossary } from './screens/glossary.tsx';
import { MachineTranslation } from './screens/machine-translation.tsx';
import { MediaLibrary } from './screens/media.tsx';
import { NewRepublication } from './screens/new-republication.tsx';
import { Pages } from './screens/pages.tsx';
import { EditionSettings } from './screens/settings.tsx';
import { ForgotPassword, SetPassword, SignIn } from './screens/sign-in.tsx';
import { SourceUpdates } from './screens/source-updates.tsx';
import { Staff } from './screens/staff.tsx';
import { Taxonomy } from './screens/taxonomy.tsx';
import { TranslationEditor } from './screens/translation-editor.tsx';
import { Webhooks } from './screens/webhooks.tsx';
import { SessionProvider, useSession } from './session.tsx';

/** The newsroom app: session, language, then the screen the address names. */
export function App() {
  return (
    <SessionProvider>
      <Localised />
    </SessionProvider>
  );
}

function Localised() {
  const { session } = useSession();
  const language = session?.user.locale ?? browserLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider language={language}>
      <Routes />
    </I18nProvider>
  );
}

/** Screens inside an edition: the sidebar entry they belong to, and what they render. */
const EDITION_SCREENS: [
  string,
  string,
  (siteId: string, params: Record<string, string>) => ReactElement,
][] = [
  [
    '/sites/:siteId/articles/new',
    'articles',
    (siteId) => <ArticleEditorScreen articleId={null} siteId={siteId} />,
  ],
  [
    '/sites/:siteId/articles/:id',
    'articles',
    (siteId, params) => <ArticleEditorScreen articleId={params.id ?? null} siteId={siteId} />,
  ],
  ['/sites/:siteId/articles', 'articles', (siteId) => <ArticleList siteId={siteId} />],
  [
    '/sites/:siteId/new-republication',
    'articles',
    (siteId) => <NewRepublication siteId={siteId} />,
  ],
  [
    '/sites/:siteId/source-updates',
    'source-updates',
    (siteId) => <SourceUpdates siteId={siteId} />,
  ],
  ['/sites/:siteId/glossary', 'glossary', (siteId) => <Glossary siteId={siteId} />],
  ['/sites/:siteId/machine-translation', 'machine-translation', () => <MachineTranslation />],
  ['/sites/:siteId/media', 'media', (siteId) => <MediaLibrary siteId={siteId} />],
  ['/sites/:siteId/contributors', 'contributors', (siteId) => <Contributors siteId={siteId} />],
  ['/sites/:siteId/taxonomy', 'taxonomy', (siteId) => <Taxonomy siteId={siteId} />],
  ['/sites/:siteId/pages', 'pages', (siteId) => <Pages siteId={siteId} />],
  ['/sites/:siteId/front-page', 'front-page', (siteId) => <FrontPage siteId={siteId} />],
  ['/sites/:siteId/settings', 'settings', (siteId) => <EditionSettings siteId={siteId} />],
  ['/sites/:siteId/staff', 'staff', (siteId) => <Staff siteId={siteId} />],
  ['/sites/:siteId/webhooks', 'webhooks', (siteId) => <Webhooks siteId={siteId} />],
  [
    '/sites/:siteId/translations/:taskId',
    'desk',
    (siteId, params) => (
      <TranslationEditor key={params.taskId} siteId={siteId} taskId={params.taskId ?? ''} />
    ),
  ],
  ...DESK_SCREENS,
];

/**
 * The editor of the article the address names. A new article's editor stays the same editor
 * when its first save gives the article an address of its own: the writer keeps the text, the
 * caret and the undo history. Any other change of address opens a fresh editor.
 */
function ArticleEditorScreen(props: { articleId: string | null; siteId: string }) {
  const [shown, setShown] = useState({
    articleId: props.articleId,
    key: props.articleId ?? 'new-0',
    newArticles: 0,
  });
  if (shown.articleId !== props.articleId) {
    const created =
      shown.articleId === null && props.articleId !== null && isHandingOver(props.articleId);
    const newArticles = shown.newArticles + (props.articleId === null ? 1 : 0);
    setShown({
      articleId: props.articleId,
      key: created ? shown.key : (props.articleId ?? `new-${newArticles}`),
      newArticles,
    });
  }
  return <ArticleEditor key={shown.key} articleId={props.articleId} siteId={props.siteId} />;
}

function Routes() {
  const t = useT();
  const path = usePath();
  const { session, sites, loading } = useSession();
  const reset = match('/reset/:token', path);
  const welcome = match('/welcome/:token', path);
  if (reset) return <SetPassword token={reset.token ?? ''} welcome={false} />;
  if (welcome) return <SetPassword token={welcome.token ?? ''} welcome />;
  if (match('/forgot', path)) return <ForgotPassword />;
  if (loading) return <p className="loading">{t('app.loading')}</p>;
  if (!session) return <SignIn />;

  for (const [pattern, current, render] of EDITION_SCREENS) {
    const params = match(pattern, path);
    if (params?.siteId) {
      // An edition the user has no role on (a link from a colleague elsewhere, say).
      if (!sites.some((site) => site.id === params.siteId)) {
        return (
          <Shell siteId={null} current="">
            <NoAccess message="access.edition" />
          </Shell>
        );
      }
      return (
        <Shell siteId={params.siteId} current={current}>
          {render(params.siteId, params)}
        </Shell>
      );
    }
  }
  const article = match('/articles/:id', path);
  if (article?.id) {
    return (
      <Shell siteId={null} current="">
        <OpenArticle id={article.id} />
      </Shell>
    );
  }
  const desk = deskRoute(path, sites[0]?.id ?? null);
  if (desk) return desk;
  if (match('/account', path)) {
    return (
      <Shell siteId={sites[0]?.id ?? null} current="account">
        <Account />
      </Shell>
    );
  }
  // '/', '/sign-in' after signing in, or anything unknown: the first edition's articles.
  const first = sites[0];
  if (!first) {
    return (
      <Shell siteId={null} current="">
        <NoAccess title="access.noneTitle" message="access.none" linkBack={false} />
      </Shell>
    );
  }
  navigate(`/sites/${first.id}/articles`, { replace: true });
  return <p className="loading">{t('app.loading')}</p>;
}
