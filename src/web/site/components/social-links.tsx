/** @jsxImportSource #reader-jsx */
import type { SocialLink } from '../../../sites/site.ts';
import type { Reader } from '../reader.ts';

const NETWORK_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  telegram: 'Telegram',
  tiktok: 'TikTok',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  whatsapp: 'WhatsApp',
  threads: 'Threads',
  linkedin: 'LinkedIn',
};

/** The edition's accounts on social networks, named. */
export function SocialLinks(props: { reader: Reader; links: SocialLink[]; class?: string }) {
  const { reader } = props;
  if (props.links.length === 0) return null;
  return (
    <ul class={`social ${props.class ?? ''}`}>
      {props.links.map((link) => (
        <li>
          <a href={link.url} rel={link.network === 'mastodon' ? 'me noopener' : 'noopener'}>
            {NETWORK_NAMES[link.network] ?? reader.t('site.website')}
          </a>
        </li>
      ))}
    </ul>
  );
}
