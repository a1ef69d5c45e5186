import { type FormEvent, useState } from 'react';
import { Field } from '../components/field.tsx';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from './dialog.tsx';
import { isAllowedHref } from './inline-html.ts';
import { videoProvider } from './video-url.ts';

/** An address as typed, made whole: "example.org" is https://, "someone@example.org" mailto:. */
export function completeHref(typed: string): string {
  const value = typed.trim();
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  return `https://${value.replace(/^\/+/, '')}`;
}

/** Asks for a link's address; applying an empty one removes the link. */
export function LinkDialog(props: {
  open: boolean;
  initial: string;
  onApply(href: string): void;
  onRemove(): void;
  onClose(): void;
}) {
  const t = useT();
  return (
    <Dialog open={props.open} title={t('editor.link.title')} onClose={props.onClose}>
      <LinkForm {...props} />
    </Dialog>
  );
}

function LinkForm(props: {
  initial: string;
  onApply(href: string): void;
  onRemove(): void;
  onClose(): void;
}) {
  const t = useT();
  const [value, setValue] = useState(props.initial);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = completeHref(value);
    if (!href) {
      props.onRemove();
      return;
    }
    if (!isAllowedHref(href) || !URL.canParse(href)) {
      setError(t('editor.link.invalid'));
      return;
    }
    props.onApply(href);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field
        label={t('editor.link.address')}
        hint={t('editor.link.hint')}
        type="url"
        value={value}
        data-autofocus
        error={error}
        onChange={(event) => {
          setValue(event.target.value);
          setError(undefined);
        }}
      />
      <div className="dialog__actions">
        <button type="submit" className="primary">
          {t('editor.link.apply')}
        </button>
        {props.initial ? (
          <button type="button" className="danger" onClick={props.onRemove}>
            {t('editor.link.remove')}
          </button>
        ) : null}
        <button type="button" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Asks for a video's address and title before inserting it. */
export function VideoDialog(props: {
  open: boolean;
  onInsert(video: { url: string; title: string }): void;
  onClose(): void;
}) {
  const t = useT();
  return (
    <Dialog open={props.open} title={t('editor.video.insertTitle')} onClose={props.onClose}>
      <VideoForm {...props} />
    </Dialog>
  );
}

function VideoForm(props: {
  onInsert(video: { url: string; title: string }): void;
  onClose(): void;
}) {
  const t = useT();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const provider = videoProvider(completeHref(url));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!provider) {
      setError(t('editor.video.invalid'));
      return;
    }
    props.onInsert({ url: completeHref(url), title: title.trim() });
  };
  const hint =
    !url.trim() || provider === null
      ? t('editor.video.urlHint')
      : provider === 'link'
        ? t('editor.video.link')
        : t(`editor.video.${provider}`);
  return (
    <form onSubmit={submit} noValidate>
      <Field
        label={t('editor.video.url')}
        type="url"
        value={url}
        data-autofocus
        hint={<span aria-live="polite">{hint}</span>}
        error={error}
        onChange={(event) => {
          setUrl(event.target.value);
          setError(undefined);
        }}
      />
      <Field
        label={t('editor.video.title')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <div className="dialog__actions">
        <button type="submit" className="primary">
          {t('editor.video.insert')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
