import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type Browser,
  type HTMLElementLike,
  type Page,
} from '../helpers/browser.js';
import { repoRoot, reg } from '../helpers/cli.js';
import { commitAll, initRepo } from '../helpers/git.js';
import { dealNamed, hostile, hostileName } from '../helpers/report.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

let dir = '';
let html = '';
let file = '';

const deals: Record<string, string> = {
  'registrations/alpha/ALPHA-2026-0002.yaml': dealNamed('ALPHA-2026-0002', hostileName),
  'registrations/alpha/ALPHA-2026-0003.yaml': dealNamed(
    'ALPHA-2026-0003',
    'Harbour Logistics',
  ).replace('value: 180000', 'value: 2500000'),
  'registrations/alpha/ALPHA-2026-0004.yaml': dealNamed('ALPHA-2026-0004', 'Zenith Dairy')
    .replace('value: 180000', 'value: 40000')
    .concat('outcome: { status: won, on: 2026-12-01 }\n'),
};

beforeAll(() => {
  dir = makeWorkspace();
  initRepo(dir);
  commitAll(dir, 'Program start', '2026-11-20T10:00:00Z');
  for (const [rel, text] of Object.entries(deals)) {
    mkdirSync(join(dir, 'registrations/alpha'), { recursive: true });
    writeFileSync(join(dir, rel), text);
    commitAll(dir, `Approve ${rel}`, '2026-11-27T10:00:00Z');
  }
  const r = reg(
    ['report', '--format', 'html', '--out', 'site/index.html', '--today', '2026-12-03'],
    { cwd: dir },
  );
  expect(r.stderr).toBe('Wrote site/index.html\n');
  expect(r.code).toBe(0);
  file = join(dir, 'site', 'index.html');
  html = readFileSync(file, 'utf8');
});
afterAll(() => removeWorkspace(dir));

describe('reg report --format html, the file itself', () => {
  it('refers to nothing outside itself', () => {
    const refs = [...html.matchAll(/\b(?:src|href|action|xlink:href)\s*=\s*["']?([^"'\s>]*)/gi)];
    expect(refs.filter((m) => /http|\/\//i.test(m[1] ?? ''))).toEqual([]);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('allows by Content-Security-Policy only its own inline style and script', () => {
    const csp =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp.replace(/&#x27;/g, "'")).toMatch(
      /default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/,
    );
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('shows the hostile customer as text', () => {
    expect(html).not.toContain(hostile.script);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<a\b/);
  });

  it('draws the charts as inline SVG, time to approval included', () => {
    for (const id of ['by-state', 'by-partner', 'by-tier', 'pipeline', 'sla']) {
      expect(html).toMatch(new RegExp(`<section class="card" id="${id}"><h2>[^<]+</h2>\\s*<svg `));
    }
    expect(html).toMatch(/<li>Standard: 3 of 3 approved within 2 business days<\/li>/);
    expect(html).toMatch(/<li>Large: 1 of 1 approved within 5 business days<\/li>/);
  });
});

describe('reg report --format html in headless Chromium', () => {
  let browser: Browser | string = '';
  let page: Page | undefined;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    if (typeof browser === 'string') return;
    page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
  });
  afterAll(async () => {
    if (typeof browser !== 'string') await browser.close();
  });

  const rows = (p: Page) =>
    p.$$eval('#registrations tbody tr', (trs: HTMLElementLike[]) =>
      trs.filter((tr) => !tr.hidden).map((tr) => tr.cells?.[0]?.textContent ?? ''),
    );

  it('loads with no console error and no request besides the file', (ctx) => {
    if (!page) return ctx.skip(String(browser));
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
  });

  it('narrows the table to the rows that match the filter', async (ctx) => {
    if (!page) return ctx.skip(String(browser));
    expect(await rows(page)).toHaveLength(4);
    await page.fill('#filter', 'harbour');
    expect(await rows(page)).toEqual(['ALPHA-2026-0003']);
    await page.fill('#filter', '');
    expect(await rows(page)).toHaveLength(4);
  });

  it('orders the table by the column whose header is clicked', async (ctx) => {
    if (!page) return ctx.skip(String(browser));
    const value = 'th:nth-child(7) button';
    await page.click(value);
    const up = await rows(page);
    expect(up).toEqual([
      'ALPHA-2026-0004',
      'ALPHA-2026-0002',
      'ALPHA-2026-0001',
      'ALPHA-2026-0003',
    ]);
    await page.click(value);
    expect(await rows(page)).toEqual([...up].reverse());
  });

  it('writes a screenshot as a test artifact', async (ctx) => {
    if (!page) return ctx.skip(String(browser));
    const out = join(repoRoot, 'test', 'artifacts', 'report-dashboard.png');
    mkdirSync(join(repoRoot, 'test', 'artifacts'), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
    expect(errors).toEqual([]);
  });

  it('would notice a template that reaches out: the policy blocks it and says so', async (ctx) => {
    if (typeof browser === 'string') return ctx.skip(browser);
    const bundled = readFileSync(join(repoRoot, 'templates', 'report', 'html.hbs'), 'utf8');
    const leaky = makeWorkspace({
      'templates/report/html.hbs': bundled.replace(
        '</h1>',
        '</h1><img src="http://127.0.0.1:9/p.png">',
      ),
    });
    reg(['report', '--format', 'html', '--out', 'leaky.html', '--today', '2026-12-03'], {
      cwd: leaky,
    });
    const other = await browser.newPage();
    const seen: string[] = [];
    other.on('console', (msg) => {
      if (msg.type() === 'error') seen.push(msg.text());
    });
    await other.goto(pathToFileURL(join(leaky, 'leaky.html')).href);
    removeWorkspace(leaky);
    expect(seen.join('\n')).toMatch(/Content Security Policy/i);
  });
});
