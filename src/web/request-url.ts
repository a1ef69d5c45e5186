/**
 * The path and query of a request URL, without building a URL object (which costs more than
 * the rest of routing on a hot path). `url` is absolute, as Request.url always is.
 */
export function pathAndSearch(url: string): { pathname: string; search: string } {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return { pathname: '/', search: '' };
  let hash = url.indexOf('#', start);
  if (hash < 0) hash = url.length;
  let query = url.indexOf('?', start);
  if (query > hash) query = -1;
  const search = query < 0 ? '' : url.slice(query, hash);
  return {
    pathname: url.slice(start, query < 0 ? hash : query),
    search: search === '?' ? '' : search,
  };
}
