/** @jsxImportSource #reader-jsx */
import type { StoryVersion } from '../../../articles/article-page.view.ts';
import { languageName } from '../../../core/locale.ts';
import type { Reader } from '../reader.ts';

/** "Also available in": every other published version of the story, on every edition. */
export function Versions(props: { reader: Reader; versions: StoryVersion[] }) {
  const { reader } = props;
  const versions = props.versions.flatMap((version) => {
    const site = reader.sites.find((candidate) => candidate.id === version.siteId);
    return site ? [{ version, site }] : [];
  });
  if (versions.length === 0) return null;
  return (
    <nav class="versions" aria-labelledby="versions-title">
      <h2 id="versions-title">{reader.t('article.alsoAvailableIn')}</h2>
      <ul>
        {versions.map(({ version, site }) => (
          <li>
            <a
              href={reader.urls.toEdition(site, `/${version.slug}`)}
              hreflang={version.language}
              lang={version.language}
            >
              <span class="versions__language">
                {languageName(version.language, version.language)}
              </span>{' '}
              <span class="versions__edition">· {site.name}</span>
              <span class="versions__headline">{version.headline}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
