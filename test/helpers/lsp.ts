import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
};

/**
 * A minimal Language Server Protocol client over stdio: requests, notifications, answers
 * to the server's own requests, and a wait for a notification.
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly seen: Message[] = [];
  private readonly waiters: { test: (m: Message) => boolean; done: (m: Message) => void }[] = [];

  constructor(
    command: string,
    args: string[],
    private readonly answer: (method: string, params: unknown) => unknown,
  ) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) =>
        m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result),
      );
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** How many notifications have arrived, to wait only for later ones. */
  mark(): number {
    return this.seen.length;
  }

  /** The first notification since `from` (a mark), past or future, that `test` accepts. */
  waitFor(test: (m: Message) => boolean, from = 0, timeoutMs = 20_000): Promise<Message> {
    const old = this.seen.slice(from).find(test);
    if (old) return Promise.resolve(old);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching notification')), timeoutMs);
      this.waiters.push({ test, done: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  stop(): void {
    this.child.kill();
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1],
      );
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(m: Message): void {
    if (m.id !== undefined && m.method === undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.id !== undefined && m.method !== undefined) {
      this.send({ jsonrpc: '2.0', id: m.id, result: this.answer(m.method, m.params) ?? null });
    } else {
      this.seen.push(m);
      for (const w of [...this.waiters]) {
        if (w.test(m)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.done(m);
        }
      }
    }
  }
}
