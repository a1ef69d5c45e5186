import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, SaveState } from '../manage/feedback.tsx';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../manage/fields.tsx';
import { useUnsavedGuard } from '../manage/unsaved.ts';
import { useSubmit } from '../manage/use-submit.ts';
import type { NetworkEdition, Priority, Subscription } from './desk-types.ts';
import { PriorityOptions } from './task-fields.tsx';
import { useLanguageName } from './use-network-editions.ts';

/** What the form edits of a subscription. */
export interface SubscriptionFields {
  sourceSiteIds: string[];
  sourceLanguages: string[];
  sectionIds: string[];
  networkWideOnly: boolean;
  priority: Priority;
  targetLanguage: string;
}

/** A new subscription's fields: no rule yet, into the edition's language. */
export function newSubscription(editionLanguage: string): SubscriptionFields {
  return {
    sourceSiteIds: [],
    sourceLanguages: [],
    sectionIds: [],
    networkWideOnly: false,
    priority: 'normal',
    targetLanguage: editionLanguage,
  };
}

/** The fields of an existing subscription. */
export function fieldsOfSubscription(subscription: Subscription): SubscriptionFields {
  return {
    sourceSiteIds: subscription.sourceSiteIds,
    sourceLanguages: subscription.sourceLanguages,
    sectionIds: subscription.sectionIds,
    networkWideOnly: subscription.networkWideOnly,
    priority: subscription.priority,
    targetLanguage: subscription.targetLanguage,
  };
}

/** The base languages of the network's editions ('es' for es-AR and es-PE), in order met. */
export function networkLanguages(editions: NetworkEdition[]): string[] {
  return [
    ...new Set(editions.map((edition) => (edition.language.split('-')[0] ?? '').toLowerCase())),
  ].filter(Boolean);
}

const toggled = (list: string[], value: string, on: boolean) =>
  on ? [...list, value] : list.filter((item) => item !== value);

/**
 * The rules of a subscription: which sister editions, which languages, which of their
 * sections, only network-wide articles; the priority and language of the tasks it opens. The
 * API's refusals (no rule at all, a source in the target language) show at their fields.
 */
export function SubscriptionForm(props: {
  siteId: string;
  editions: NetworkEdition[];
  initial: SubscriptionFields;
  /** The subscription edited; none for a new one. */
  subscription?: Subscription;
  idPrefix: string;
  submitLabel: string;
  onSaved(subscription: Subscription): void;
  onCancel?(): void;
  /** Kept up to date with whether the form has unsaved changes (for a dialog's Close). */
  dirtyRef?: { current: boolean };
}) {
  const t = useT();
  const languageName = useLanguageName();
  const form = useSubmit();
  const [fields, setFields] = useState(props.initial);
  const dirty = JSON.stringify(fields) !== JSON.stringify(props.initial);
  const guard = useUnsavedGuard(dirty);
  if (props.dirtyRef) props.dirtyRef.current = dirty;
  const sisters = props.editions.filter((edition) => edition.id !== props.siteId);
  const sectionSources = fields.sourceSiteIds.length
    ? sisters.filter((edition) => fields.sourceSiteIds.includes(edition.id))
    : sisters;
  const set = (change: Partial<SubscriptionFields>) => setFields({ ...fields, ...change });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Sections of editions no longer chosen are dropped, not sent.
    const sectionIds = fields.sectionIds.filter((id) =>
      sectionSources.some((edition) => edition.sections.some((section) => section.id === id)),
    );
    const body = { ...fields, sectionIds, targetLanguage: fields.targetLanguage.trim() };
    const saved: { subscription?: Subscription } = {};
    const ok = await form.run(async () => {
      saved.subscription = props.subscription
        ? await api<Subscription>(
            'PATCH',
            `/translation-subscriptions/${props.subscription.id}`,
            body,
          )
        : await api<Subscription>('POST', `/sites/${props.siteId}/translation-subscriptions`, body);
    }, '');
    if (ok && saved.subscription) {
      guard.release();
      if (!props.subscription) setFields(props.initial);
      props.onSaved(saved.subscription);
    }
  };

  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <form
      className="manage-form subscription-form"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <CheckboxGroup
        legend={t('desk.sub.sourceEditions')}
        name={id('editions')}
        hint={t('desk.sub.anyWhenNone')}
        values={fields.sourceSiteIds}
        options={sisters.map((edition) => ({
          value: edition.id,
          label: t('desk.editionWithLanguage', {
            edition: edition.name,
            language: edition.language,
          }),
        }))}
        error={form.issue('sourceSiteIds')}
        onChange={(value, on) => set({ sourceSiteIds: toggled(fields.sourceSiteIds, value, on) })}
      />
      <CheckboxGroup
        legend={t('desk.sub.sourceLanguages')}
        name={id('languages')}
        hint={t('desk.sub.anyWhenNone')}
        values={fields.sourceLanguages}
        options={networkLanguages(props.editions).map((tag) => ({
          value: tag,
          label: languageName(tag),
        }))}
        error={form.issue('sourceLanguages')}
        onChange={(value, on) =>
          set({ sourceLanguages: toggled(fields.sourceLanguages, value, on) })
        }
      />
      <fieldset aria-describedby={id('sections-hint')}>
        <legend>{t('desk.sub.sections')}</legend>
        <p className="hint" id={id('sections-hint')}>
          {t('desk.sub.sectionsHint')}
        </p>
        {sectionSources.map((edition) =>
          edition.sections.length ? (
            <CheckboxGroup
              key={edition.id}
              legend={t('desk.sub.sectionsOf', { edition: edition.name })}
              name={id(`sections-${edition.id}`)}
              values={fields.sectionIds}
              options={edition.sections.map((section) => ({
                value: section.id,
                label: section.name,
              }))}
              onChange={(value, on) => set({ sectionIds: toggled(fields.sectionIds, value, on) })}
            />
          ) : null,
        )}
        {form.issue('sectionIds') ? <p className="error">{form.issue('sectionIds')}</p> : null}
      </fieldset>
      <CheckboxField
        id={id('network-wide')}
        label={t('desk.sub.networkWideOnly')}
        hint={t('desk.sub.networkWideHint')}
        checked={fields.networkWideOnly}
        error={form.issue('networkWideOnly')}
        onChange={(event) => set({ networkWideOnly: event.target.checked })}
      />
      <SelectField
        id={id('priority')}
        label={t('desk.sub.priority')}
        value={fields.priority}
        error={form.issue('priority')}
        onChange={(event) => set({ priority: event.target.value as Priority })}
      >
        <PriorityOptions />
      </SelectField>
      <TextField
        id={id('language')}
        label={t('desk.sub.targetLanguage')}
        hint={t('desk.sub.targetLanguageHint')}
        value={fields.targetLanguage}
        size={10}
        error={form.issue('targetLanguage')}
        onChange={(event) => set({ targetLanguage: event.target.value })}
      />
      <FailureMessage
        form={form}
        shown={[
          'sourceSiteIds',
          'sourceLanguages',
          'sectionIds',
          'networkWideOnly',
          'priority',
          'targetLanguage',
        ]}
      />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        <SaveState form={form} dirty={dirty} />
      </div>
    </form>
  );
}
