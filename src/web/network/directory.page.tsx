import { Hono } from 'hono';
import { languageName, regionName } from '../../core/locale.ts';
import { translator } from '../../i18n/i18n.ts';
import type { NetworkSettings } from '../../sites/network.ts';
import { type Site, siteHomeUrl } from '../../sites/site.ts';
import type { AppEnv } from '../env.ts';
import { notFoundPage } from '../errors.tsx';
import { Document } from '../layout.tsx';

/** A link to an edition: relative on the shared origin, absolute on its own host. */
function editionHref(site: Site, publicUrl: string): string {
  return site.host ? siteHomeUrl(site, publicUrl) : `${site.basePath}/`;
}

function DirectoryPage(props: {
  network: NetworkSettings;
  sites: Site[];
  publicUrl: string;
  stylesheet: string;
  favicon: string;
}) {
  const { language, name } = props.network;
  const t = translator(language);
  return (
    <Document
      lang={language}
      title={t('network.title', { network: name })}
      description={t('network.intro')}
      canonical={`${props.publicUrl.replace(/\/+$/, '')}/`}
      stylesheet={props.stylesheet}
      favicon={props.favicon}
      pageType="directory"
    >
      <header class="masthead">
        <div class="wrap masthead__top">
          <div>
            <h1 class="masthead__name">{name}</h1>
            <p class="masthead__tagline">{t('network.intro')}</p>
          </div>
        </div>
      </header>
      <main id="main" class="wrap">
        <h2 class="block-title">{t('network.editions')}</h2>
        <ul class="directory">
          {props.sites.map((site) => {
            const region = site.country ? regionName(site.country, site.language) : null;
            return (
              <li lang={site.language}>
                <h3>
                  <a href={editionHref(site, props.publicUrl)} hreflang={site.language}>
                    {site.name}
                  </a>
                </h3>
                <p class="meta">
                  {languageName(site.language, site.language)}
                  {region ? ` · ${region}` : ''}
                </p>
                {site.tagline ? <p>{site.tagline}</p> : null}
              </li>
            );
          })}
        </ul>
      </main>
    </Document>
  );
}

/** The shared origin's routes: the network directory at '/'. */
export const networkRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { ctx } = c.var;
    c.header('Cache-Control', 'public, max-age=60');
    return c.html(
      <DirectoryPage
        network={await ctx.network.settings()}
        sites={ctx.siteDirectory.list()}
        publicUrl={ctx.config.publicUrl}
        stylesheet={c.var.assets.urls.css}
        favicon={c.var.assets.urls.favicon}
      />,
    );
  })
  .all('*', (c) => notFoundPage(c));
