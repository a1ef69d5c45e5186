import type { SocialLink } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { SelectField, TextField } from './fields.tsx';
import { type Keyed, rowKey } from './keyed.ts';
import { ReorderableRows } from './reorderable-rows.tsx';

/** The networks an edition can link to, in the order the list offers them. */
const SOCIAL_NETWORKS = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'telegram',
  'tiktok',
  'mastodon',
  'bluesky',
  'whatsapp',
  'threads',
  'linkedin',
  'website',
] as const;

/** Brand names are the same in every language; 'website' is said in the user's. */
const BRANDS: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X (Twitter)',
  youtube: 'YouTube',
  telegram: 'Telegram',
  tiktok: 'TikTok',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  whatsapp: 'WhatsApp',
  threads: 'Threads',
  linkedin: 'LinkedIn',
};

/** The edition's social links: a network and an address each, in the order the header shows. */
export function SocialLinksEditor(props: {
  rows: Keyed<SocialLink>[];
  onChange(rows: Keyed<SocialLink>[]): void;
  issue(path: string): string | undefined;
}) {
  const t = useT();
  const networkName = (network: string) => BRANDS[network] ?? t('manage.settings.website');
  const update = (key: string, changes: Partial<SocialLink>) =>
    props.onChange(
      props.rows.map((row) =>
        row.key === key ? { key, value: { ...row.value, ...changes } } : row,
      ),
    );
  const add = () => {
    const used = new Set(props.rows.map((row) => row.value.network));
    const network = SOCIAL_NETWORKS.find((candidate) => !used.has(candidate)) ?? 'website';
    const key = rowKey();
    props.onChange([...props.rows, { key, value: { network, url: '' } }]);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`#social-${key} select`)?.focus(),
    );
  };
  return (
    <fieldset>
      <legend>{t('manage.settings.social')}</legend>
      <p className="hint">{t('manage.settings.socialHint')}</p>
      {props.rows.length === 0 ? <p>{t('manage.settings.noSocial')}</p> : null}
      <ReorderableRows
        label={t('manage.settings.social')}
        rows={props.rows}
        onChange={props.onChange}
        emptyFocus="#add-social-link"
        describe={(link) => networkName(link.network)}
        render={(row, index) => (
          <div className="row__fields" id={`social-${row.key}`}>
            <SelectField
              label={t('manage.settings.network')}
              value={row.value.network}
              onChange={(event) => update(row.key, { network: event.target.value })}
              error={props.issue(`socialLinks.${index}.network`)}
            >
              {SOCIAL_NETWORKS.map((network) => (
                <option key={network} value={network}>
                  {networkName(network)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('manage.url')}
              type="url"
              placeholder="https://"
              value={row.value.url}
              onChange={(event) => update(row.key, { url: event.target.value })}
              error={props.issue(`socialLinks.${index}.url`)}
            />
          </div>
        )}
      />
      <button type="button" id="add-social-link" onClick={add}>
        {t('manage.settings.addSocial')}
      </button>
    </fieldset>
  );
}
