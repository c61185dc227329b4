import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchOverPipe } from './cdp.js';

export const chromiumPath = '/usr/bin/chromium';

/** The few parts of playwright-core the tests use, so that its types are not needed. */
export interface Page {
  on(event: 'console', fn: (msg: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', fn: (error: Error) => void): void;
  on(event: 'request', fn: (request: { url(): string }) => void): void;
  goto(url: string): Promise<unknown>;
  fill(selector: string, value: string): Promise<void>;
  click(selector: string): Promise<void>;
  $$eval<R>(selector: string, fn: (elements: HTMLElementLike[]) => R): Promise<R>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
}

export interface HTMLElementLike {
  hidden: boolean;
  textContent: string | null;
  getAttribute(name: string): string | null;
  cells?: ArrayLike<HTMLElementLike>;
}

export interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface Chromium {
  launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser>;
}

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Debian Chromium driven by playwright-core, or, where that is not installed, by
 * the small DevTools-protocol driver of cdp.ts; the reason when there is no Chromium.
 * `REG_PLAYWRIGHT_CORE` may name a playwright-core folder installed outside the project.
 */
export async function launchChromium(): Promise<Browser | string> {
  if (!existsSync(chromiumPath)) return `${chromiumPath} is missing (apt-get install chromium)`;
  const chromium = await loadChromium();
  if (chromium === undefined) return launchOverPipe(chromiumPath, args);
  return chromium.launch({ executablePath: chromiumPath, args, headless: true });
}

/** Which driver launchChromium uses here, for the test's own report. */
export async function driverName(): Promise<string> {
  return (await loadChromium()) === undefined ? 'DevTools pipe' : 'playwright-core';
}

async function loadChromium(): Promise<Chromium | undefined> {
  const candidates = ['playwright-core'];
  const extra = process.env.REG_PLAYWRIGHT_CORE;
  if (extra) candidates.push(pathToFileURL(join(extra, 'index.mjs')).href);
  for (const name of candidates) {
    try {
      const mod = (await import(name)) as {
        chromium?: Chromium;
        default?: { chromium?: Chromium };
      };
      const chromium = mod.chromium ?? mod.default?.chromium;
      if (chromium) return chromium;
    } catch {
      // try the next place
    }
  }
  return undefined;
}
