import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';

interface Option<T> {
  key: string;
  label: string;
  /** An existing item, or (undefined) the offer to create one from the text typed. */
  item?: T;
}

/**
 * A search field with a list of matches to pick from (the ARIA 1.2 combobox with a listbox):
 * arrows move through the matches, Enter picks, Escape closes. It can offer to create what
 * was typed when nothing matches exactly.
 */
export function SearchCombobox<T>(props: {
  id: string;
  label: string;
  hint?: string;
  search(text: string): Promise<T[]>;
  keyOf(item: T): string;
  labelOf(item: T): string;
  onPick(item: T): void;
  /** The label of the "create" option for the text typed, or null to offer none. */
  createLabel?(text: string): string | null;
  onCreate?(text: string): Promise<void>;
  disabled?: boolean;
}) {
  const t = useT();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<T[]>([]);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [error, setError] = useState<string | null>(null);
  // The latest search function, without restarting the search each time the parent renders.
  const search = useRef(props.search);
  search.current = props.search;

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setState('loading');
    const timer = window.setTimeout(() => {
      search.current(text.trim()).then(
        (found) => {
          if (cancelled) return;
          setItems(found);
          setState('idle');
          setActive(-1);
        },
        (failure: unknown) => {
          if (cancelled) return;
          setItems([]);
          setError(failure instanceof Error ? failure.message : String(failure));
          setState('failed');
        },
      );
    }, 250);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [text, open]);

  const typed = text.trim();
  const exact = items.some((item) => props.labelOf(item).toLowerCase() === typed.toLowerCase());
  const createLabel = typed && !exact ? (props.createLabel?.(typed) ?? null) : null;
  const options: Option<T>[] = [
    ...items.map((item) => ({ key: props.keyOf(item), label: props.labelOf(item), item })),
    ...(createLabel ? [{ key: '__create', label: createLabel }] : []),
  ];

  const choose = async (option: Option<T>) => {
    setError(null);
    if (option.item !== undefined) props.onPick(option.item);
    else {
      try {
        await props.onCreate?.(typed);
      } catch (failure) {
        // The text stays in the field, with the reason.
        setError(failure instanceof Error ? failure.message : String(failure));
        return;
      }
    }
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        options.length ? (current + step + options.length) % options.length : -1,
      );
    } else if (event.key === 'Enter') {
      const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (open && option) {
        event.preventDefault();
        void choose(option);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  let status = '';
  if (open) {
    if (state === 'loading') status = t('editor.search.searching');
    else if (state === 'failed') status = t('editor.search.failed', { message: error ?? '' });
    else if (!items.length) status = typed ? t('editor.search.none') : t('editor.search.empty');
    else if (items.length === 1) status = t('editor.search.countOne');
    else status = t('editor.search.count', { count: items.length });
  } else if (error) status = error;

  const expanded = open && options.length > 0;
  return (
    <div className="combobox">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${props.id}-status${props.hint ? ` ${props.id}-hint` : ''}`}
        value={text}
        disabled={props.disabled}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setError(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <p className="hint combobox__status" id={`${props.id}-status`} aria-live="polite">
        {status}
      </p>
      {/* The list stays in the page (hidden when closed), so aria-controls always names it. */}
      <div
        id={listId}
        role="listbox"
        aria-label={t('editor.search.suggestions')}
        className="combobox__list"
        hidden={!expanded}
      >
        {options.map((option, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works from the input (aria-activedescendant).
          <div
            key={option.key}
            id={`${listId}-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={option.item === undefined ? 'combobox__create' : undefined}
            // Picking with the mouse must not blur the input (which closes the list) first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void choose(option)}
          >
            {option.label}
          </div>
        ))}
      </div>
    </div>
  );
}
