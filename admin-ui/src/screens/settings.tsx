import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Page, Section, Site } from '../api/types.ts';
import { useLoad } from '../components/use-load.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { draftOfSite, type EditionDraft, siteChanges } from '../manage/edition-draft.ts';
import { FailureMessage, SaveState } from '../manage/feedback.tsx';
import { CheckboxField, RadioGroup, SelectField, TextField } from '../manage/fields.tsx';
import { countryName, languageName, timeZones } from '../manage/languages.ts';
import { LoadFailure } from '../manage/load-failure.tsx';
import { NavigationEditor } from '../manage/navigation-editor.tsx';
import { SocialLinksEditor } from '../manage/social-links-editor.tsx';
import { useUnsavedGuard } from '../manage/unsaved.ts';
import { useSubmit } from '../manage/use-submit.ts';
import { useSession } from '../session.tsx';

/** The edition's settings: identity, social links, navigation, sharing, feeds, republication. */
export function EditionSettings(props: { siteId: string }) {
  const t = useT();
  const loaded = useLoad(async () => {
    const [site, sections, pages] = await Promise.all([
      api<Site>('GET', `/sites/${props.siteId}`),
      api<Section[]>('GET', `/sites/${props.siteId}/sections`).catch(() => []),
      api<Page[]>('GET', `/sites/${props.siteId}/pages`).catch(() => []),
    ]);
    return { site, sections, pages };
  }, [props.siteId]);
  return (
    <section className="manage">
      <h1>{t('manage.settings.title')}</h1>
      <LoadFailure error={loaded.error} retry={loaded.reload} />
      {loaded.loading && !loaded.data ? <p>{t('app.loading')}</p> : null}
      {loaded.data ? (
        <SettingsForm
          key={loaded.data.site.id}
          site={loaded.data.site}
          sections={loaded.data.sections}
          pages={loaded.data.pages}
        />
      ) : null}
    </section>
  );
}

function SettingsForm(props: { site: Site; sections: Section[]; pages: Page[] }) {
  const t = useT();
  const ui = useLanguage();
  const { session, refresh } = useSession();
  const form = useSubmit();
  const [draft, setDraft] = useState<EditionDraft>(() => draftOfSite(props.site));
  const [saved, setSaved] = useState(() => JSON.stringify(siteChanges(draftOfSite(props.site))));
  const dirty = JSON.stringify(siteChanges(draft)) !== saved;
  const guard = useUnsavedGuard(dirty);
  const set = (changes: Partial<EditionDraft>) =>
    setDraft((current) => ({ ...current, ...changes }));
  const [zones, setZones] = useState<string[]>([]);
  // The list of time zones is long: built once, after the first paint.
  useEffect(() => setZones(timeZones()), []);

  const mayChange =
    session?.user.isNetworkAdmin === true || (props.site.roles ?? []).includes('site-admin');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = siteChanges(draft);
    await form.run(async () => {
      const site = await api<Site>('PATCH', `/sites/${props.site.id}`, changes);
      // The server canonicalises (es-pe → es-PE, pe → PE): show what it stored.
      const stored = { ...draft, language: site.language, country: site.country ?? '' };
      // Typing that went on during the request is kept.
      setDraft((current) => ({
        ...current,
        language: current.language === draft.language ? stored.language : current.language,
        country: current.country === draft.country ? stored.country : current.country,
      }));
      setSaved(JSON.stringify(siteChanges(stored)));
      guard.release();
      // The edition switcher and other screens show the name and language too.
      void refresh();
    }, t('manage.settings.saved'));
  };

  const sample = new Date();
  const dateExample = (style: EditionDraft['dateStyle']) => {
    try {
      return new Intl.DateTimeFormat(draft.language, { dateStyle: style }).format(sample);
    } catch {
      return '';
    }
  };
  const languageHint = (() => {
    try {
      return languageName(draft.language, ui);
    } catch {
      return '';
    }
  })();
  const country = countryName(draft.country, ui);
  const zoneList = zones.includes(draft.timezone) ? zones : [draft.timezone, ...zones];

  return (
    <form onSubmit={submit} noValidate className="manage-form">
      {mayChange ? null : <p className="notice">{t('manage.settings.readOnly')}</p>}
      <FailureMessage
        form={form}
        shown={[
          'name',
          'tagline',
          'language',
          'timezone',
          'country',
          'socialLinks',
          'navigation',
          'settings',
        ]}
      />
      <fieldset disabled={!mayChange} className="plain-fieldset">
        <fieldset>
          <legend>{t('manage.settings.identity')}</legend>
          <TextField
            label={t('manage.settings.name')}
            value={draft.name}
            required
            onChange={(event) => set({ name: event.target.value })}
            error={form.issue('name')}
          />
          <TextField
            label={t('manage.settings.tagline')}
            value={draft.tagline}
            onChange={(event) => set({ tagline: event.target.value })}
            error={form.issue('tagline')}
          />
          <TextField
            label={t('manage.settings.language')}
            hint={
              languageHint && languageHint !== draft.language
                ? t('manage.settings.languageIs', { name: languageHint })
                : t('manage.settings.languageHint')
            }
            value={draft.language}
            size={12}
            spellCheck={false}
            onChange={(event) => set({ language: event.target.value })}
            error={form.issue('language')}
          />
          <SelectField
            label={t('manage.settings.timezone')}
            value={draft.timezone}
            onChange={(event) => set({ timezone: event.target.value })}
            error={form.issue('timezone')}
          >
            {zoneList.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('manage.settings.country')}
            hint={
              country
                ? t('manage.settings.countryIs', { name: country })
                : t('manage.settings.countryHint')
            }
            value={draft.country}
            size={4}
            maxLength={2}
            spellCheck={false}
            onChange={(event) => set({ country: event.target.value })}
            error={form.issue('country')}
          />
        </fieldset>

        <SocialLinksEditor
          rows={draft.socialLinks}
          onChange={(socialLinks) => set({ socialLinks })}
          issue={form.issue}
        />

        <NavigationEditor
          rows={draft.navigation}
          onChange={(navigation) => set({ navigation })}
          sections={props.sections}
          pages={props.pages}
          issue={form.issue}
        />

        <fieldset>
          <legend>{t('manage.settings.sharing')}</legend>
          <CheckboxField
            label={t('manage.settings.utm')}
            hint={t('manage.settings.utmHint')}
            checked={draft.utm}
            onChange={(event) => set({ utm: event.target.checked })}
            error={form.issue('settings.shareUtm')}
          />
          {draft.utm ? (
            <div className="row__fields">
              <TextField
                label={t('manage.settings.utmSource')}
                hint={t('manage.settings.utmSourceHint')}
                value={draft.utmSource}
                onChange={(event) => set({ utmSource: event.target.value })}
                error={form.issue('settings.shareUtm.source')}
              />
              <TextField
                label={t('manage.settings.utmMedium')}
                value={draft.utmMedium}
                onChange={(event) => set({ utmMedium: event.target.value })}
                error={form.issue('settings.shareUtm.medium')}
              />
              <TextField
                label={t('manage.settings.utmCampaign')}
                value={draft.utmCampaign}
                onChange={(event) => set({ utmCampaign: event.target.value })}
                error={form.issue('settings.shareUtm.campaign')}
              />
            </div>
          ) : null}
        </fieldset>

        <fieldset>
          <legend>{t('manage.settings.reading')}</legend>
          <RadioGroup
            legend={t('manage.settings.dateStyle')}
            name="dateStyle"
            value={draft.dateStyle}
            onChange={(dateStyle) => set({ dateStyle })}
            error={form.issue('settings.dateStyle')}
            options={(['full', 'long', 'medium'] as const).map((style) => ({
              value: style,
              label: t(`manage.settings.date.${style}`),
              hint: dateExample(style),
            }))}
          />
          <RadioGroup
            legend={t('manage.settings.feedContent')}
            name="feedContent"
            value={draft.feedContent}
            onChange={(feedContent) => set({ feedContent })}
            error={form.issue('settings.feedContent')}
            options={[
              { value: 'full', label: t('manage.settings.feedFull') },
              { value: 'summary', label: t('manage.settings.feedSummary') },
            ]}
          />
          <RadioGroup
            legend={t('manage.settings.republication')}
            name="republicationPolicy"
            value={draft.republicationPolicy}
            onChange={(republicationPolicy) => set({ republicationPolicy })}
            error={form.issue('settings.republicationPolicy')}
            options={[
              {
                value: 'canonical',
                label: t('manage.settings.canonical'),
                hint: t('manage.settings.canonicalHint'),
              },
              {
                value: 'noindex',
                label: t('manage.settings.noindex'),
                hint: t('manage.settings.noindexHint'),
              },
            ]}
          />
          <TextField
            label={t('manage.settings.supportUrl')}
            hint={t('manage.settings.supportUrlHint')}
            type="url"
            placeholder="https://"
            value={draft.supportUrl}
            onChange={(event) => set({ supportUrl: event.target.value })}
            error={form.issue('settings.supportUrl')}
          />
        </fieldset>
      </fieldset>
      <div className="actions sticky-actions">
        <button type="submit" className="primary" disabled={form.busy || !mayChange}>
          {t('common.save')}
        </button>
        <SaveState form={form} dirty={dirty} />
      </div>
    </form>
  );
}
