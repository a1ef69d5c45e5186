import type { ReactNode } from 'react';

/**
 * Words for screen readers only, e.g. which row a "Remove" button removes. Visible words come
 * first, so the button's name still starts with what sighted users see and say.
 */
export function VisuallyHidden(props: { children: ReactNode }) {
  return <span className="visually-hidden">{props.children}</span>;
}
