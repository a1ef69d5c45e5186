import { andes } from './andes.ts';
import { north } from './north.ts';
import { south } from './south.ts';
import type { DemoContent } from './types.ts';

/** All demo content, from every file of content/. */
export const demoContent: DemoContent = {
  contributors: [...andes.contributors, ...south.contributors, ...north.contributors],
  images: [...andes.images, ...south.images, ...north.images],
  series: [...andes.series, ...south.series, ...north.series],
  articles: [...andes.articles, ...south.articles, ...north.articles],
};
