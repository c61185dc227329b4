import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Browser, HTMLElementLike, Page } from './browser.js';

/*
 * A small driver for Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe:
 * JSON messages ended by NUL on file descriptors 3 and 4), for when playwright-core is not
 * installed. It offers only what the dashboard test uses, with the same Page shape.
 */
type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

class Connection {
  private next = 1;
  private buffer = '';
  private readonly waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  readonly listeners = new Map<string, Listener[]>();

  constructor(
    private readonly input: Writable,
    output: Readable,
  ) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: (v) => resolve(v as Record<string, unknown>), reject });
    });
  }

  on(method: string, fn: Listener): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), fn]);
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as {
        id?: number;
        method?: string;
        sessionId?: string;
        params?: Record<string, unknown>;
        result?: unknown;
        error?: { message: string };
      };
      this.buffer = this.buffer.slice(end + 1);
      end = this.buffer.indexOf('\0');
      const pending = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (pending) {
        this.waiting.delete(message.id ?? 0);
        if (message.error) pending.reject(new Error(message.error.message));
        else pending.resolve(message.result);
      } else if (message.method) {
        for (const fn of this.listeners.get(message.method) ?? [])
          fn(message.params ?? {}, message.sessionId);
      }
    }
  }
}

export async function launchOverPipe(executable: string, args: string[]): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'regkit-chromium-'));
  const child: ChildProcess = spawn(
    executable,
    [...args, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const conn = new Connection(child.stdio[3] as Writable, child.stdio[4] as Readable);
  await conn.send('Browser.getVersion');
  return {
    newPage: () => openPage(conn),
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await conn.send('Browser.close').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

async function openPage(conn: Connection): Promise<Page> {
  const { targetId } = await conn.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await conn.send('Target.attachToTarget', { targetId, flatten: true });
  const session = String(sessionId);
  const send = (method: string, params: object = {}) => conn.send(method, params, session);
  const evaluate = async (expression: string): Promise<unknown> => {
    const out = await send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    return (out.result as { value?: unknown }).value;
  };
  const onSession = (method: string, fn: (params: Record<string, unknown>) => void): void =>
    conn.on(method, (params, from) => {
      if (from === session) fn(params);
    });
  await Promise.all(
    ['Page.enable', 'Runtime.enable', 'Network.enable', 'Log.enable'].map((m) => send(m)),
  );
  const page: Page = {
    on(event: string, fn: (arg: never) => void) {
      const call = fn as (arg: unknown) => void;
      if (event === 'console') {
        onSession('Runtime.consoleAPICalled', (p) => call(consoleMessage(String(p.type), p.args)));
        onSession('Log.entryAdded', (p) => {
          const entry = p.entry as { level: string; text: string };
          call({
            type: () => (entry.level === 'error' ? 'error' : entry.level),
            text: () => entry.text,
          });
        });
      }
      if (event === 'pageerror') {
        onSession('Runtime.exceptionThrown', (p) =>
          call(new Error(JSON.stringify(p.exceptionDetails))),
        );
      }
      if (event === 'request') {
        onSession('Network.requestWillBeSent', (p) => {
          const url = (p.request as { url: string }).url;
          call({ url: () => url });
        });
      }
    },
    async goto(url) {
      const loaded = new Promise<void>((resolve) =>
        onSession('Page.loadEventFired', () => resolve()),
      );
      await send('Page.navigate', { url });
      await loaded;
    },
    async fill(selector, value) {
      await evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)});
        el.focus(); el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      if (value !== '') await send('Input.insertText', { text: value });
    },
    async click(selector) {
      const box =
        (await evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)})
        .getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as {
          x: number;
          y: number;
        };
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', {
          type,
          x: box.x,
          y: box.y,
          button: 'left',
          clickCount: 1,
        });
      }
    },
    async $$eval<R>(selector: string, fn: (elements: HTMLElementLike[]) => R): Promise<R> {
      const code = `(${fn.toString()})([...document.querySelectorAll(${JSON.stringify(selector)})])`;
      return (await evaluate(code)) as R;
    },
    async screenshot({ path }) {
      const { data } = await send('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: true,
      });
      writeFileSync(path, Buffer.from(String(data), 'base64'));
    },
    waitForTimeout: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  return page;
}

function consoleMessage(type: string, args: unknown): { type(): string; text(): string } {
  const list = Array.isArray(args) ? (args as { value?: unknown; description?: string }[]) : [];
  const text = list.map((a) => String(a.value ?? a.description ?? '')).join(' ');
  return { type: () => type, text: () => text };
}
