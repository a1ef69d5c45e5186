/** A person or organisation as schema.org names them. */
export interface LdAgent {
  kind: 'person' | 'organisation';
  name: string;
  url: string;
}

export interface LdWork {
  url: string;
  language: string;
  headline?: string;
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  images: string[];
  datePublished: string;
  dateModified: string;
  language: string;
  authors: LdAgent[];
  translators: LdAgent[];
  publisher: { name: string; url: string; logo: string };
  /** The work this one was translated from (its nearest source). */
  translationOfWork?: LdWork | undefined;
  /** Its translations into other languages. */
  workTranslations: LdWork[];
  /** What it is based on: the original of a chain, or the republished text. */
  isBasedOn?: { url: string; name?: string } | undefined;
  section?: string | undefined;
  /** Correction notes shown with the article, oldest first. */
  corrections?: { text: string; date: string; language: string }[];
  breadcrumbs: { name: string; url: string }[];
}

function agent(who: LdAgent) {
  return {
    '@type': who.kind === 'organisation' ? 'Organization' : 'Person',
    name: who.name,
    url: who.url,
  };
}

function work(target: LdWork) {
  return {
    '@type': 'NewsArticle',
    '@id': target.url,
    url: target.url,
    inLanguage: target.language,
    ...(target.headline ? { headline: target.headline } : {}),
  };
}

/** JSON-LD of an article page: a NewsArticle and its BreadcrumbList, in schema.org terms only. */
export function newsArticleJsonLd(input: NewsArticleInput): object[] {
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.headline.slice(0, 110),
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.language,
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logo },
    },
  };
  if (input.images.length) article.image = input.images;
  if (input.authors.length) article.author = input.authors.map(agent);
  if (input.translators.length) article.translator = input.translators.map(agent);
  if (input.section) article.articleSection = input.section;
  if (input.translationOfWork) article.translationOfWork = work(input.translationOfWork);
  if (input.workTranslations.length) article.workTranslation = input.workTranslations.map(work);
  if (input.corrections?.length) {
    article.correction = input.corrections.map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.date,
      inLanguage: correction.language,
    }));
  }
  if (input.isBasedOn) {
    article.isBasedOn = {
      '@type': 'CreativeWork',
      url: input.isBasedOn.url,
      ...(input.isBasedOn.name ? { name: input.isBasedOn.name } : {}),
    };
  }
  return [article, breadcrumbList(input.breadcrumbs)];
}

export function breadcrumbList(crumbs: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** JSON-LD of an edition's front page: the WebSite, with the search engines' SearchAction. */
export function webSiteJsonLd(input: {
  name: string;
  url: string;
  language: string;
  searchUrl: string;
  description: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': input.url,
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: input.language,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
