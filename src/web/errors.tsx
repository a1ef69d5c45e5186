import type { Context } from 'hono';
import { translator } from '../i18n/i18n.ts';
import type { AppEnv } from './env.ts';
import { Document } from './layout.tsx';

/** The 404 page outside editions, in the network's language. */
export function notFoundPage(c: Context<AppEnv>, language = 'en', homeHref = '/') {
  const t = translator(language);
  return c.html(
    <Document
      lang={language}
      title={t('error.notFound.title')}
      stylesheet={c.var.assets?.urls.css}
      favicon={c.var.assets?.urls.favicon}
      pageType="not-found"
      noindex
    >
      <main class="wrap error-page">
        <h1>{t('error.notFound.title')}</h1>
        <p>{t('error.notFound.text')}</p>
        <p>
          <a href={homeHref}>{t('error.notFound.home')}</a>
        </p>
      </main>
    </Document>,
    404,
  );
}

/** The 500 page: says something went wrong, never how. */
export function serverErrorPage(c: Context<AppEnv>, language = 'en') {
  const t = translator(language);
  return c.html(
    <Document
      lang={language}
      title={t('error.server.title')}
      stylesheet={c.var.assets?.urls.css}
      favicon={c.var.assets?.urls.favicon}
      pageType="server-error"
      noindex
    >
      <main class="wrap error-page">
        <h1>{t('error.server.title')}</h1>
        <p>{t('error.server.text')}</p>
      </main>
    </Document>,
    500,
  );
}
