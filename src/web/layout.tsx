import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

/** The document of pages outside any edition: the network directory and its errors. */
export function Document(props: {
  lang: string;
  title: string;
  description?: string;
  canonical?: string;
  stylesheet?: string;
  favicon?: string;
  pageType: string;
  noindex?: boolean;
  children: Child;
}) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={props.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{props.title}</title>
          {props.description ? <meta name="description" content={props.description} /> : null}
          {props.canonical ? <link rel="canonical" href={props.canonical} /> : null}
          {props.noindex ? <meta name="robots" content="noindex, follow" /> : null}
          <meta name="color-scheme" content="light dark" />
          {props.favicon ? <link rel="icon" type="image/svg+xml" href={props.favicon} /> : null}
          {props.stylesheet ? <link rel="stylesheet" href={props.stylesheet} /> : null}
        </head>
        <body data-page-type={props.pageType}>{props.children}</body>
      </html>
    </>
  );
}
