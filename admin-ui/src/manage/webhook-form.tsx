import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Webhook } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from './dialog.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { CheckboxField, CheckboxGroup, TextAreaField, TextField } from './fields.tsx';
import { confirmDiscard, useUnsavedGuard } from './unsaved.ts';
import { type Submission, useSubmit } from './use-submit.ts';
import {
  changedFields,
  fieldsChanged,
  fieldsOf,
  NEW_WEBHOOK,
  WEBHOOK_EVENTS,
  type WebhookFields,
  withEvent,
} from './webhooks.ts';

/** The fields the API may name in its issues: each is shown next to its control. */
const SHOWN = ['url', 'description', 'events', 'active'];

/** An endpoint's address, description, events and whether it is switched on. */
function WebhookFieldset(props: {
  fields: WebhookFields;
  onChange(fields: WebhookFields): void;
  form: Submission;
  /** Ids for the address field, so it can take focus after a save. */
  urlId?: string;
}) {
  const t = useT();
  const { fields, onChange, form } = props;
  return (
    <>
      <TextField
        {...(props.urlId ? { id: props.urlId } : {})}
        type="url"
        label={t('manage.url')}
        hint={t('manage.webhooks.urlHint')}
        value={fields.url}
        required
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange({ ...fields, url: event.target.value })}
        error={form.issue('url')}
      />
      <TextAreaField
        label={t('manage.description')}
        hint={t('manage.webhooks.descriptionHint')}
        value={fields.description}
        rows={2}
        onChange={(event) => onChange({ ...fields, description: event.target.value })}
        error={form.issue('description')}
      />
      <CheckboxGroup
        legend={t('manage.webhooks.events')}
        name="events"
        hint={t('manage.webhooks.eventsHint')}
        values={fields.events}
        options={WEBHOOK_EVENTS.map((event) => ({
          value: event,
          label: t(`manage.webhooks.event.${event}`),
          hint: t(`manage.webhooks.event.${event}.about`),
        }))}
        onChange={(event, chosen) =>
          onChange({ ...fields, events: withEvent(fields.events, event, chosen) })
        }
        error={form.issue('events')}
      />
      <CheckboxField
        label={t('manage.webhooks.active')}
        hint={t('manage.webhooks.activeHint')}
        checked={fields.active}
        onChange={(event) => onChange({ ...fields, active: event.target.checked })}
        error={form.issue('active')}
      />
    </>
  );
}

/** What the API answers when an endpoint is created or its secret replaced. */
export interface WithSecret {
  webhook: Webhook;
  secret: string;
}

/** Adding an endpoint to the edition; its secret comes back once, in `onAdded`. */
export function AddWebhookForm(props: { siteId: string; onAdded(answer: WithSecret): void }) {
  const t = useT();
  const form = useSubmit();
  const [fields, setFields] = useState(NEW_WEBHOOK);
  const guard = useUnsavedGuard(fieldsChanged(NEW_WEBHOOK, fields));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await form.run(
      async () => {
        const added = await api<WithSecret>('POST', `/sites/${props.siteId}/webhooks`, fields);
        guard.release();
        setFields(NEW_WEBHOOK);
        props.onAdded(added);
      },
      t('manage.webhooks.added', { url: fields.url.trim() }),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <FailureMessage form={form} shown={SHOWN} />
      <WebhookFieldset fields={fields} onChange={setFields} form={form} urlId="webhook-url" />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t('manage.webhooks.addButton')}
        </button>
        <StatusLine form={form} />
      </div>
    </form>
  );
}

/** Changing an endpoint: only what changed is sent. */
export function EditWebhookDialog(props: {
  webhook: Webhook;
  onSaved(webhook: Webhook): void;
  onClose(): void;
}) {
  const t = useT();
  const form = useSubmit();
  const initial = fieldsOf(props.webhook);
  const [fields, setFields] = useState(initial);
  const dirty = fieldsChanged(initial, fields);
  const guard = useUnsavedGuard(dirty);
  const close = () => {
    if (confirmDiscard(dirty, t('manage.discardChanges'))) props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await form.run(
      async () => {
        const saved = await api<Webhook>(
          'PATCH',
          `/webhooks/${props.webhook.id}`,
          changedFields(initial, fields),
        );
        guard.release();
        props.onSaved(saved);
      },
      t('manage.webhooks.saved', { url: fields.url.trim() }),
    );
  };
  return (
    <Dialog
      title={t('manage.webhooks.editTitle', { url: props.webhook.url })}
      onClose={close}
      size="wide"
      fallbackFocus="#webhooks-title"
    >
      <form onSubmit={submit} noValidate>
        <FailureMessage form={form} shown={SHOWN} />
        <WebhookFieldset fields={fields} onChange={setFields} form={form} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
            {t('common.save')}
          </button>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <StatusLine form={form} />
        </div>
      </form>
    </Dialog>
  );
}
