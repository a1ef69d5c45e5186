import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import sharp from 'sharp';
import { afterEach, beforeEach } from 'vitest';
import type { UiLanguage } from '../../src/core/locale.ts';
import { unwrap } from '../../src/core/result.ts';
import type { Site } from '../../src/sites/site.ts';
import type { Role, User } from '../../src/users/user.ts';
import { SESSION_COOKIE } from '../../src/web/admin/auth.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';

/*
 * End-to-end tests of the newsroom: the demo network on a real server, the built newsroom app
 * in Chromium, and the accounts and sessions the tests need.
 */

/** The demo's network administrator, as `npm start` prints it. */
export const DEMO_ADMIN = { email: 'admin@meridian.example', password: 'meridian-demo' };

/** The Admin API's base path. */
export const ADMIN_API = '/api/admin/v1';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface Newsroom {
  server: DemoServer;
  browser: Browser;
  /** A browser context whose waits give up after 10 s (a test's own time is 30 s). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A folder for the files the test uploads; removed on close. */
  files: string;
  /** The newsroom's address for one of its routes: url('/sites/…/articles'). */
  url(route?: string): string;
  /** A demo edition by its slug ('en', 'es-ar'…). */
  site(slug: string): Promise<Site>;
  /** Calls the Admin API over HTTP as a network administrator (an API token); JSON answer. */
  api(
    method: string,
    path: string,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: answers are asserted field by field.
  ): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

let accounts = 0;

/** How long a locator waits for what a test expects, so a failure names the step. */
const WAIT_MS = 10_000;

/** The demo network on a real server (SQLite), and Chromium to drive the newsroom with. */
export async function openNewsroom(
  options: Pick<
    Parameters<typeof startDemoServer>[1] & {},
    'scheduler' | 'machineTranslation'
  > = {},
): Promise<Newsroom> {
  const server = await startDemoServer('sqlite', {
    scheduler: options.scheduler ?? false,
    ...(options.machineTranslation ? { machineTranslation: options.machineTranslation } : {}),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const files = await mkdtemp(join(tmpdir(), 'tribune-e2e-'));
  const robot = unwrap(
    await server.ctx.users.createUser({
      email: 'api-robot@tribune.test',
      name: 'API Robot',
      password: null,
      isNetworkAdmin: true,
    }),
  );
  const { token } = unwrap(await server.ctx.apiTokens.create(robot.id, 'e2e checks'));
  return {
    server,
    browser,
    newContext: async (options = {}) => {
      const context = await browser.newContext(options);
      context.setDefaultTimeout(WAIT_MS);
      return context;
    },
    files,
    url: (route = '/') => `${server.url}/newsroom/#${route}`,
    site: async (slug) => {
      const site = await server.ctx.sites.findBySlug(slug);
      if (!site) throw new Error(`the demo has no edition ${slug}`);
      return site;
    },
    api: async (method, path, body) => {
      const response = await fetch(`${server.url}${ADMIN_API}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    close: async () => {
      await browser.close();
      await server.close();
      await rm(files, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in through the newsroom's sign-in screen, as a person does, and waits for the article
 * list it lands on. Sign-in is rate limited per account: once per test file, then the context's
 * storage state is reused.
 */
export async function signInThroughScreen(
  page: Page,
  newsroom: Newsroom,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto(newsroom.url('/sign-in'));
  await page.getByRole('heading', { name: 'Sign in to the newsroom' }).waitFor();
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Articles', level: 1 }).waitFor();
}

/** A new account with roles on demo editions ([slug, role] pairs), made directly. */
export async function addStaff(
  newsroom: Newsroom,
  options: {
    name: string;
    roles?: [string, Role][];
    isNetworkAdmin?: boolean;
    /** The newsroom's interface language for them. */
    locale?: UiLanguage;
  },
): Promise<User> {
  const n = ++accounts;
  const memberships = await Promise.all(
    (options.roles ?? []).map(async ([slug, role]) => ({
      siteId: (await newsroom.site(slug)).id,
      role,
    })),
  );
  return unwrap(
    await newsroom.server.ctx.users.createUser(
      {
        email: `staff-${n}@tribune.test`,
        name: options.name,
        password: null,
        isNetworkAdmin: options.isNetworkAdmin ?? false,
        ...(options.locale ? { locale: options.locale } : {}),
      },
      memberships,
    ),
  );
}

/**
 * A browser context signed in as `user`: a session opened directly (the sign-in screen is
 * tested once, and its rate limit is not spent on every colleague a test needs).
 */
export async function contextAs(
  newsroom: Newsroom,
  user: User,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const session = await newsroom.server.ctx.sessions.create(user.id, {
    ip: '127.0.0.1',
    userAgent: 'tribune e2e',
  });
  const context = await newsroom.newContext(options);
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: session.token,
      url: newsroom.server.url,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
  return context;
}

/** Collects the page's uncaught errors: a screen that crashed says so here. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Writes a small image of one colour to the test's folder; its path. */
export async function writeImage(
  newsroom: Newsroom,
  name: string,
  options: { format?: 'jpeg' | 'png'; width?: number; height?: number; gps?: boolean } = {},
): Promise<string> {
  const { format = 'jpeg', width = 480, height = 320 } = options;
  let image = sharp({
    create: { width, height, channels: 3, background: { r: 40, g: 110, b: 160 } },
  });
  image = format === 'png' ? image.png() : image.jpeg({ quality: 80 });
  if (options.gps) {
    // Where the photo was taken, as a phone writes it: the newsroom must never publish it.
    image = image.withExif({
      IFD0: { Copyright: 'Secret Photographer' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '12/1 2/1 51/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '77/1 1/1 42/1',
      },
    });
  }
  const path = join(newsroom.files, name);
  await writeFile(path, await image.toBuffer());
  return path;
}

/** True when EXIF holds the GPS IFD pointer (tag 0x8825), in either byte order. */
export function hasGpsPointer(exif: Buffer | undefined): boolean {
  return (
    !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])))
  );
}

/** A reader page's HTML over plain HTTP (no browser, no session): what readers get. */
export async function readerPage(
  newsroom: Newsroom,
  path: string,
): Promise<{ status: number; html: string }> {
  const response = await fetch(`${newsroom.server.url}${path}`);
  return { status: response.status, html: await response.text() };
}

/**
 * For a file whose tests are the steps of one story: once a step fails, the steps after it are
 * skipped instead of failing for a reason that is not theirs.
 */
export function stepByStep(): void {
  let failed: string | null = null;
  beforeEach((context) => {
    if (failed) context.skip(`an earlier step failed: ${failed}`);
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail') failed ??= context.task.name;
  });
}

/** A button of the body editor's "Formatting" toolbar. */
export function tool(page: Page, name: string): Locator {
  return page
    .getByRole('toolbar', { name: 'Formatting' })
    .getByRole('button', { name, exact: true });
}

/** The editor's one status line ("Saving…", "Saved at 14:02", "Not saved: …"). */
export function saveStatus(page: Page): Locator {
  return page.getByRole('status');
}

/**
 * Selects `text` inside an element of the page (a paragraph of the body, say), as a person
 * double-clicking or dragging over it would: typing then replaces it. With `caret: 'after'`, the
 * caret goes right after the text instead. Resolves once the page has seen the new selection
 * (the editor reads it on "selectionchange", before the next key can count).
 */
export async function selectText(
  element: Locator,
  text: string,
  options: { caret?: 'after' } = {},
): Promise<void> {
  await element.evaluate(
    (root, { wanted, after }) =>
      new Promise<void>((resolve, reject) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at < 0) continue;
          const settled = () => requestAnimationFrame(() => resolve());
          document.addEventListener('selectionchange', settled, { once: true });
          // The same selection again fires no event.
          setTimeout(settled, 250);
          (root.closest('[contenteditable="true"]') as HTMLElement | null)?.focus();
          const end = at + wanted.length;
          document.getSelection()?.setBaseAndExtent(node, after ? end : at, node, end);
          return;
        }
        reject(new Error(`"${wanted}" is not in the element`));
      }),
    { wanted: text, after: options.caret === 'after' },
  );
}
