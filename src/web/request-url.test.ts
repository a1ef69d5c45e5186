import { expect, it } from 'vitest';
import { pathAndSearch } from './request-url.ts';

it('reads the path and query of absolute request URLs like URL does', () => {
  for (const url of [
    'http://localhost:3000/',
    'http://localhost:3000/en/article?page=2',
    'https://meridiano.example/a/b?x=1&y=2#top',
    'http://h/path#frag?notquery',
    'http://h',
    'http://[::1]:3000/es-pe/?page=1',
    'http://h//double//slashes/',
    'http://h/empty?',
  ]) {
    const parsed = new URL(url);
    const expected = { pathname: parsed.pathname, search: parsed.search };
    if (url === 'http://h') expected.pathname = '/';
    expect(pathAndSearch(url), url).toEqual(expected);
  }
});
