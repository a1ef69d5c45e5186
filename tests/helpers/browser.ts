import { existsSync } from 'node:fs';

/** Debian's Chromium: browser tests run in it when it is there (CI installs it). */
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const hasChromium = existsSync(CHROMIUM);

/** Prints the one line a skipped browser test file owes the reader of the test log. */
export function sayIfNoChromium(what: string): void {
  if (!hasChromium) console.log(`${what} skipped: ${CHROMIUM} is not installed.`);
}
