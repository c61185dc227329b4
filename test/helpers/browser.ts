import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export type { Browser, Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** What the table's rows look like to the tests; the tests' lib has no DOM types. */
export interface HTMLElementLike {
  hidden: boolean;
  textContent: string | null;
  cells?: ArrayLike<HTMLElementLike>;
}

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, headless, driven by playwright-core; the reason when it is missing. */
export async function launchChromium(): Promise<Browser | string> {
  if (!existsSync(chromiumPath)) return `${chromiumPath} is missing (apt-get install chromium)`;
  return chromium.launch({ executablePath: chromiumPath, args, headless: true });
}
