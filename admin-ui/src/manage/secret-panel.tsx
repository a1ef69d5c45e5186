import { type ReactNode, useId, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';

/**
 * A secret shown this once (an API token's, a webhook's signing secret) with a copy button, a
 * warning that it will not be shown again, and how to use it. Its heading takes focus from the
 * caller (focusSecretPanel) when it appears.
 */
export function SecretPanel(props: {
  title: string;
  secret: string;
  /** Why to copy it now: it is not shown again, and what someone holding it could do. */
  warning: string;
  usage: ReactNode;
  onDone(): void;
  /** The level of its heading where it stands (3 by default: inside a section with an h2). */
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const id = useId();
  const [copied, setCopied] = useState('');
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopied(t('manage.tokens.copied'));
    } catch {
      // No clipboard (an insecure origin): select it, so Ctrl+C copies it.
      const input = document.getElementById(`${id}-secret`) as HTMLInputElement | null;
      input?.select();
      setCopied(t('manage.tokens.copyByHand'));
    }
  };
  return (
    <section className="secret-panel" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="secret-panel__title" tabIndex={-1}>
        {props.title}
      </Heading>
      <p className="warning-text">{props.warning}</p>
      <div className="secret-row">
        <label htmlFor={`${id}-secret`}>{t('manage.tokens.secret')}</label>
        <input
          id={`${id}-secret`}
          readOnly
          value={props.secret}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('manage.tokens.copy')}
        </button>
      </div>
      <p className="status-line" role="status">
        {copied}
      </p>
      <div className="hint">{props.usage}</div>
      <button type="button" onClick={props.onDone}>
        {t('manage.tokens.done')}
      </button>
    </section>
  );
}

/** Moves focus to the secret panel's heading once it is on screen. */
export function focusSecretPanel(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.secret-panel__title')?.focus());
}
