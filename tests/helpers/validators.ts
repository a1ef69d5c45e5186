import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/** Public schemas (sitemaps, Atom, JSON Feed, schema.org) kept with the tests. */
export const SCHEMAS = join(import.meta.dirname, '..', 'fixtures', 'schemas');

export const hasJing = !spawnSync('jing', [], { stdio: 'ignore' }).error;
export const hasXmllint = !spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).error;

/** Runs a program on a document written to a temporary file; resolves with its output and code. */
async function check(
  program: string,
  args: (file: string) => string[],
  document: string,
  env = {},
) {
  const dir = await mkdtemp(join(tmpdir(), 'tribune-check-'));
  const file = join(dir, 'document.xml');
  await writeFile(file, document);
  try {
    return await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(program, args(file), { env: { ...process.env, ...env } });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += String(chunk);
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output: output.replaceAll(file, 'document') }));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Jing's complaints about an Atom document against RFC 4287's RELAX NG schema ('' when valid). */
export async function atomProblems(document: string): Promise<string> {
  const { code, output } = await check(
    'jing',
    (file) => ['-c', join(SCHEMAS, 'atom.rnc'), file],
    document,
  );
  // Debian's jing wrapper warns about optional jars it does not find; those are not findings.
  const findings = output
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('[warning]'))
    .join('\n');
  return code === 0 ? '' : findings || `jing exited with ${code}`;
}

/** xmllint's complaints about an XML document against one of the schemas ('' when valid). */
export async function xsdProblems(document: string, schema: string): Promise<string> {
  const { code, output } = await check(
    'xmllint',
    (file) => ['--nonet', '--noout', '--schema', join(SCHEMAS, schema), file],
    document,
    { XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') },
  );
  return code === 0 ? '' : output.trim();
}

/** The JSON Feed 1.1 schema's complaints about a document (empty when valid). */
export async function jsonFeedProblems(document: unknown): Promise<string[]> {
  const schema = JSON.parse(await readFile(join(SCHEMAS, 'jsonfeed-v1.1.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

/**
 * JSON-LD checked against schema.org offline: expanded (in safe mode, so a term the context
 * cannot map is an error) with the local copy of schema.org's context, then every property and
 * type must be a schema.org term. Returns the problems found (empty when clean).
 */
export async function jsonLdProblems(document: unknown): Promise<string[]> {
  const jsonld = (await import('jsonld')).default;
  const context = JSON.parse(await readFile(join(SCHEMAS, 'schemaorgcontext.jsonld'), 'utf8'));
  const terms = new Set<string>(
    JSON.parse(await readFile(join(SCHEMAS, 'schemaorg-terms.json'), 'utf8')),
  );
  const documentLoader = async (url: string) => {
    if (/^https?:\/\/schema\.org\/?$/.test(url))
      return { contextUrl: undefined, documentUrl: url, document: context };
    throw new Error(`offline: no document for ${url}`);
  };
  const problems: string[] = [];
  let expanded: unknown;
  try {
    expanded = await jsonld.expand(
      document as object,
      { documentLoader: documentLoader as never, safe: true } as never,
    );
  } catch (error) {
    return [`expansion failed: ${error instanceof Error ? error.message : String(error)}`];
  }
  const known = (iri: string) => {
    const match = /^https?:\/\/schema\.org\/(.+)$/.exec(iri);
    if (!match?.[1]) return false;
    // schema.org's Action annotations: any property with -input or -output.
    const name = match[1].replace(/-(input|output)$/, '');
    return terms.has(name);
  };
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) walk(item, `${path}[${index}]`);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type') {
        for (const type of [value].flat())
          if (!known(String(type))) problems.push(`${path}: unknown type ${type}`);
      } else if (!key.startsWith('@') && !known(key)) {
        problems.push(`${path}: unknown property ${key}`);
      }
      walk(value, `${path}.${key.split('/').pop()}`);
    }
  };
  walk(expanded, '$');
  return problems;
}
