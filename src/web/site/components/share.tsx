/** @jsxImportSource #reader-jsx */
import type { Child } from 'hono/jsx';
import type { Reader } from '../reader.ts';

/** The address to share: the article's, with the edition's UTM tags when it sets them. */
export function shareUrl(reader: Reader, url: string): string {
  const utm = reader.site.settings.shareUtm;
  if (!utm) return url;
  const target = new URL(url);
  if (utm.source) target.searchParams.set('utm_source', utm.source);
  if (utm.medium) target.searchParams.set('utm_medium', utm.medium);
  if (utm.campaign) target.searchParams.set('utm_campaign', utm.campaign);
  return target.toString();
}

/**
 * Share links that work without JavaScript, plus the native share sheet (Web Share API)
 * where the browser has one; the script reveals that button and makes "copy" copy.
 * `links` are the list of a `ShareLinks`, written once for both places on the page.
 */
export function ShareButtons(props: { reader: Reader; links: Child; place: 'top' | 'bottom' }) {
  return (
    // Not a landmark: the links appear twice on the page (above and below the body).
    <div class={`share share--${props.place}`}>
      <h2 class="visually-hidden">{props.reader.t('share.title')}</h2>
      {props.links}
    </div>
  );
}

/** The list of share links of an article's address and title. */
export function ShareLinks(props: { reader: Reader; url: string; title: string }) {
  const { reader, title } = props;
  const url = shareUrl(reader, props.url);
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const targets = [
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { network: 'WhatsApp', href: `https://wa.me/?text=${text}%20${u}` },
    { network: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
  ];
  const { t } = reader;
  return (
    <ul>
      {targets.map((target) => (
        <li>
          <a
            href={target.href}
            class={`share__link share__link--${target.network.toLowerCase()}`}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('share.on', { network: target.network })}
          >
            {target.network}
          </a>
        </li>
      ))}
      <li>
        <a href={`mailto:?subject=${text}&body=${u}`} class="share__link share__link--email">
          {t('share.email')}
        </a>
      </li>
      <li>
        <a href={url} class="share__link share__copy" data-copied={t('share.copied')}>
          {t('share.copy')}
        </a>
      </li>
      <li class="share__native-item" hidden>
        <button type="button" class="share__link share__native" data-url={url} data-title={title}>
          {t('share.native')}
        </button>
      </li>
    </ul>
  );
}
