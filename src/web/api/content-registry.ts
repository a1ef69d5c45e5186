import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { fieldIssues } from '../../core/validation.ts';
import type { AppEnv } from '../env.ts';
import { type OperationSpec, openApiPaths } from '../openapi.ts';
import { ApiLinks } from './api-links.ts';
import { type NamedFilters, type ResolvedFilters, resolveNamedFilters } from './named-filters.ts';
import { problemJson, problemSchema } from './problem-json.ts';

/** One Content API endpoint (always GET): the schemas that validate and document it. */
export interface ContentRouteSpec<P extends z.ZodType, Q extends z.ZodType>
  extends Omit<OperationSpec, 'method' | 'body' | 'multipart' | 'responses'> {
  params?: P;
  query?: Q;
  /** The answer's schema; 400 and 404 problems are added to the document. */
  response: { description: string; schema: z.ZodType };
  /** Whether a parameter can be wrong (400) or the thing asked for missing (404). */
  problems: ('invalid-parameters' | 'not-found')[];
}

/** What a handler is given: valid parameters, the things they name, and the network's links. */
interface Input<P, Q> {
  params: P;
  query: Q;
  /** The editions, section, tag and contributor the query names, looked up. */
  filters: ResolvedFilters;
  links: ApiLinks;
}

type Handler<P, Q> = (c: Context<AppEnv>, input: Input<P, Q>) => Promise<Response>;

/**
 * The query string as an object; a parameter given more than once is read as a comma list
 * (`edition=en&edition=fr` is `edition=en,fr`).
 */
function queryObject(c: Context<AppEnv>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(c.req.queries()).map(([name, values]) => [name, values.join(',')]),
  );
}

/**
 * The Content API's routes, registered on Hono and in the OpenAPI document from the same zod
 * schemas. Path parameters that cannot name anything answer 404; query parameters are
 * validated, and the editions, section, tag and contributor they name looked up, before the
 * handler runs (400 problem with an issue per parameter); parameters nobody declared are
 * ignored.
 */
export class ContentApiRegistry {
  readonly specs: OperationSpec[] = [];

  constructor(private readonly app: Hono<AppEnv>) {}

  get<P extends z.ZodType, Q extends z.ZodType>(
    spec: ContentRouteSpec<P, Q>,
    handler: Handler<z.output<P>, z.output<Q>>,
  ): void {
    const { response, problems, ...described } = spec;
    this.specs.push({
      ...described,
      method: 'get',
      responses: {
        200: response,
        ...Object.fromEntries(
          problems.map((kind) => [
            kind === 'not-found' ? 404 : 400,
            {
              description: kind === 'not-found' ? 'Nothing published here' : 'Unusable parameters',
              schema: problemSchema,
              contentType: 'application/problem+json',
            },
          ]),
        ),
      },
    });
    this.app.get(spec.path, async (c) => {
      const params = spec.params?.safeParse(c.req.param()) ?? { success: true, data: {} };
      if (!params.success) return problemJson(c, 'not-found');
      const query = spec.query?.safeParse(queryObject(c)) ?? { success: true, data: {} };
      if (!query.success) {
        return problemJson(c, 'invalid-parameters', fieldIssues(query.error));
      }
      const links = ApiLinks.of(c);
      const { filters, issues } = await resolveNamedFilters(c, links, query.data as NamedFilters);
      if (issues.length) return problemJson(c, 'invalid-parameters', issues);
      return handler(c, {
        params: params.data as z.output<P>,
        query: query.data as z.output<Q>,
        filters,
        links,
      });
    });
  }

  /** The OpenAPI 3.1 document of every registered route. */
  openApi(info: { title: string; version: string; description: string; serverUrl: string }) {
    return {
      openapi: '3.1.0',
      info: { title: info.title, version: info.version, description: info.description },
      servers: [{ url: info.serverUrl }],
      paths: openApiPaths(this.specs),
    };
  }
}
