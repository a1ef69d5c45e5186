import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { VisuallyHidden } from './visually-hidden.tsx';

/**
 * A list table's caption (for screen readers: what the table lists) and its column headings;
 * with `actions`, a last column for each row's buttons, named for screen readers only.
 */
export function TableHead(props: { caption: string; columns: string[]; actions?: boolean }) {
  const t = useT();
  return (
    <>
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          {props.actions ? (
            <th scope="col">
              <VisuallyHidden>{t('manage.actions')}</VisuallyHidden>
            </th>
          ) : null}
        </tr>
      </thead>
    </>
  );
}

/**
 * A small button in a table row. Its name says what it does, then (for screen readers only)
 * which row it does it to, so a list of "Edit" buttons can be told apart.
 */
export function RowButton(
  props: ButtonHTMLAttributes<HTMLButtonElement> & { label: string; row: ReactNode },
) {
  const { label, row, className, ...rest } = props;
  return (
    <button type="button" {...rest} className={className ? `small ${className}` : 'small'}>
      {label}
      <VisuallyHidden>: {row}</VisuallyHidden>
    </button>
  );
}
