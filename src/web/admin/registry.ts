import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { fieldIssues } from '../../core/validation.ts';
import { type OperationSpec, openApiPaths } from '../openapi.ts';
import type { AdminEnv } from './admin-env.ts';
import { problem } from './problem.ts';

/** One Admin API endpoint: its description, and the schemas that both validate and document it. */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> extends OperationSpec {
  params?: P;
  query?: Q;
  body?: B;
  /** Reachable without signing in. */
  public?: boolean;
}

export interface Input<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

type Handler<P, Q, B> = (
  c: Context<AdminEnv>,
  input: Input<P, Q, B>,
) => Response | Promise<Response>;

/**
 * The Admin API's routes: each is registered on Hono and in the OpenAPI document from the same
 * zod schemas, and its params, query and JSON body are validated before the handler runs
 * (422 with a message per field, in the caller's language).
 */
export class ApiRegistry {
  readonly specs: RouteSpec[] = [];

  constructor(private readonly app: Hono<AdminEnv>) {}

  add<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
    spec: RouteSpec<P, Q, B>,
    handler: Handler<z.output<P>, z.output<Q>, z.output<B>>,
  ): void {
    this.specs.push(spec as unknown as RouteSpec);
    this.app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      if (!spec.public && !c.get('user')) return problem(c, 'unauthorized');
      const params = spec.params
        ? spec.params.safeParse(c.req.param())
        : { success: true as const, data: {} };
      if (!params.success) return problem(c, 'not-found');
      const query = spec.query
        ? spec.query.safeParse(c.req.query())
        : { success: true as const, data: {} };
      if (!query.success) return problem(c, 'invalid', { issues: fieldIssues(query.error) });
      let body: { success: true; data: unknown } | { success: false; error: z.ZodError } = {
        success: true,
        data: undefined,
      };
      if (spec.body) {
        let json: unknown;
        try {
          json = await c.req.json();
        } catch {
          return problem(c, 'invalid', { issues: [{ path: '', code: 'issue.json' }] });
        }
        body = spec.body.safeParse(json);
        if (!body.success) return problem(c, 'invalid', { issues: fieldIssues(body.error) });
      }
      return handler(c, {
        params: params.data as z.output<P>,
        query: query.data as z.output<Q>,
        body: body.data as z.output<B>,
      });
    });
  }

  /** The OpenAPI 3.1 document of every registered route. */
  openApi(info: { title: string; version: string; serverUrl: string }) {
    const paths = openApiPaths(this.specs, (spec) => (spec.public ? { security: [] } : {}));
    return {
      openapi: '3.1.0',
      info: { title: info.title, version: info.version },
      servers: [{ url: info.serverUrl }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (trb_…)' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'tribune_session',
            description: 'The newsroom session; state-changing requests also send X-CSRF-Token',
          },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
      paths,
    };
  }
}
