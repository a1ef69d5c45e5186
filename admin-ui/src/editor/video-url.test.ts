import { describe, expect, it } from 'vitest';
import { videoProvider } from './video-url.ts';

describe('video addresses', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube'],
    ['https://vimeo.com/76979871', 'vimeo'],
    ['https://peertube.example/w/9c9de5e8-0a1e-484a-b099-e80766180a6d', 'peertube'],
    ['https://news.example/clip', 'link'],
  ])('recognises %s as %s', (url, provider) => {
    expect(videoProvider(url)).toBe(provider);
  });

  it('knows that what is not a web address is no video', () => {
    expect(videoProvider('javascript:alert(1)')).toBeNull();
    expect(videoProvider('not a url')).toBeNull();
  });
});
