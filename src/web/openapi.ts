import { z } from 'zod';

/*
 * OpenAPI 3.1 from zod schemas, shared by the Admin API and the Content API: each API declares
 * its routes once, validates requests with the same schemas and renders them here, so the
 * document cannot drift from the validation.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One endpoint as the OpenAPI document describes it. */
export interface OperationSpec {
  method: Method;
  /** Hono style, relative to the API's base: '/articles/:id'. */
  path: string;
  summary: string;
  tag: string;
  /** A longer explanation, in Markdown. */
  description?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A multipart form instead of JSON (uploads); described, validated by the handler. */
  multipart?: Record<
    string,
    { type: 'string' | 'binary'; description: string; required?: boolean }
  >;
  /** `contentType` defaults to application/json. */
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

/** The JSON Schema of a zod schema, as requests send it (`input`) or answers carry it. */
export function jsonSchemaOf(type: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, {
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

/** '/articles/:id' → '/articles/{id}' (a Hono pattern like ':file{…}' loses its pattern). */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
}

function parametersOf(spec: OperationSpec): unknown[] {
  const parameters: unknown[] = [];
  for (const [location, type] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!type) continue;
    const described = jsonSchemaOf(type, 'input') as {
      properties?: Record<string, { description?: string }>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(described.properties ?? {})) {
      parameters.push({
        name,
        in: location,
        required: location === 'path' || (described.required ?? []).includes(name),
        ...(property.description ? { description: property.description } : {}),
        schema: property,
      });
    }
  }
  return parameters;
}

function requestBodyOf(spec: OperationSpec): unknown {
  if (spec.multipart) {
    return {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: Object.fromEntries(
              Object.entries(spec.multipart).map(([name, field]) => [
                name,
                field.type === 'binary'
                  ? { type: 'string', format: 'binary', description: field.description }
                  : { type: 'string', description: field.description },
              ]),
            ),
            required: Object.entries(spec.multipart)
              .filter(([, field]) => field.required)
              .map(([name]) => name),
          },
        },
      },
    };
  }
  if (spec.body) {
    return {
      required: true,
      content: { 'application/json': { schema: jsonSchemaOf(spec.body, 'input') } },
    };
  }
  return undefined;
}

/** A unique operation id from method and path: GET /articles/{id} → getArticlesId. */
function operationIdOf(spec: OperationSpec): string {
  return `${spec.method}${openApiPath(spec.path)
    .replace(/[{}]/g, '')
    .replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())
    .replace(/[^A-Za-z0-9]/g, '')}`;
}

/**
 * The `paths` object of an OpenAPI document. `extra` adds what only one API knows about an
 * operation (the Admin API's `security: []` on public routes).
 */
export function openApiPaths<S extends OperationSpec>(
  specs: readonly S[],
  extra: (spec: S) => Record<string, unknown> = () => ({}),
): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = openApiPath(spec.path);
    const parameters = parametersOf(spec);
    const requestBody = requestBodyOf(spec);
    const operation: Record<string, unknown> = {
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: [spec.tag],
      operationId: operationIdOf(spec),
      ...(parameters.length ? { parameters } : {}),
      ...extra(spec),
      ...(requestBody ? { requestBody } : {}),
      responses: Object.fromEntries(
        Object.entries(spec.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema
              ? {
                  content: {
                    [response.contentType ?? 'application/json']: {
                      schema: jsonSchemaOf(response.schema, 'output'),
                    },
                  },
                }
              : {}),
          },
        ]),
      ),
    };
    paths[path] = { ...(paths[path] ?? {}), [spec.method]: operation };
  }
  return paths;
}
