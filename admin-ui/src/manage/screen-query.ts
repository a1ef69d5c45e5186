import { usePath } from '../router.tsx';

/**
 * The query of the current newsroom address ('#/sites/x/pages?id=abc'): which record a list
 * screen has open, so the browser's Back button and links return to it.
 */
export function useScreenQuery(): URLSearchParams {
  const path = usePath();
  const at = path.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : path.slice(at + 1));
}
