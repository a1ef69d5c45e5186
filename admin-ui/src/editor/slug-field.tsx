import { useEffect, useState } from 'react';
import { api, query } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { TextField } from './text-field.tsx';

interface SlugCheck {
  slug: string;
  available: boolean;
  suggestion: string;
}

/**
 * The article's address on the edition, checked while it is typed: whether another article
 * has it, what it will be saved as, and a free one to take instead.
 */
export function SlugField(props: {
  siteId: string;
  articleId: string | null;
  /** The slug as last saved (kept when the field is emptied). */
  savedSlug: string | null;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  readOnly: boolean;
}) {
  const t = useT();
  const [check, setCheck] = useState<SlugCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState(false);
  const typed = props.value.trim();

  useEffect(() => {
    setCheck(null);
    setFailed(false);
    if (!typed) {
      setChecking(false);
      return;
    }
    setChecking(true);
    let cancelled = false;
    const timer = window.setTimeout(() => {
      api<SlugCheck>(
        'GET',
        `/sites/${props.siteId}/slug-check${query({ slug: typed, exceptId: props.articleId })}`,
      ).then(
        (answer) => {
          if (cancelled) return;
          setCheck(answer);
          setChecking(false);
        },
        () => {
          if (cancelled) return;
          setFailed(true);
          setChecking(false);
        },
      );
    }, 400);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [typed, props.siteId, props.articleId]);

  let message: string;
  let taken = false;
  if (!typed) {
    message = props.savedSlug
      ? t('editor.slug.keep', { slug: props.savedSlug })
      : t('editor.slug.fromHeadline');
  } else if (checking) message = t('editor.slug.checking');
  else if (failed || !check) message = t('editor.slug.unchecked');
  else if (!check.available) {
    taken = true;
    message = t('editor.slug.taken', { slug: check.slug });
  } else if (check.slug !== typed) message = t('editor.slug.normalised', { slug: check.slug });
  else message = t('editor.slug.available', { slug: check.slug });

  return (
    <div className="slug-field">
      <TextField
        id="article-slug"
        label={t('editor.field.slug')}
        value={props.value}
        readOnly={props.readOnly}
        autoComplete="off"
        spellCheck={false}
        error={props.error}
        describedBy="article-slug-check"
        onChange={(event) => props.onChange(event.target.value)}
      />
      <p
        id="article-slug-check"
        className={`hint slug-field__check${taken ? ' slug-field__check--taken' : ''}`}
        aria-live="polite"
      >
        {taken ? <span aria-hidden="true">⚠ </span> : null}
        {message}
      </p>
      {taken && check && !props.readOnly ? (
        <button type="button" onClick={() => props.onChange(check.suggestion)}>
          {t('editor.slug.useSuggestion', { slug: check.suggestion })}
        </button>
      ) : null}
    </div>
  );
}
