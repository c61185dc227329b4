import { describe, expect, it } from 'vitest';
import { frame, progress, showingProgress, type ProgressOptions } from '../../src/cli/progress.js';
import { displayWidth } from '../../src/output/width.js';

const esc = String.fromCharCode(27);

/** A terminal stand-in: what was written, a clock turned by hand, a guard that records. */
function terminal(over: { isTTY?: boolean; columns?: number; env?: NodeJS.ProcessEnv } = {}) {
  const writes: string[] = [];
  let time = 0;
  const guards = { armed: 0, disarmed: 0, clear: undefined as (() => void) | undefined };
  const options: ProgressOptions = {
    stream: {
      isTTY: over.isTTY ?? true,
      columns: over.columns ?? 80,
      write: (text: string) => writes.push(text),
    },
    env: over.env ?? {},
    now: () => time,
    guard: (clear) => {
      guards.armed += 1;
      guards.clear = clear;
      return () => {
        guards.disarmed += 1;
      };
    },
  };
  const later = (ms: number): void => {
    time += ms;
  };
  return { writes, options, later, guards };
}

/** The bar lines drawn, without the carriage return and the erase that frame each. */
function frames(writes: readonly string[]): string[] {
  return writes.filter((w) => w !== `\r${esc}[K`).map((w) => w.slice(1, -`${esc}[K`.length));
}

describe('the progress bar', () => {
  it('draws nothing and arms nothing when standard error is not a terminal', () => {
    const term = terminal({ isTTY: false });
    const bar = progress('Checking', 10, term.options);
    term.later(5000);
    bar.tick(5);
    bar.done();
    expect(term.writes).toEqual([]);
    expect(term.guards.armed).toBe(0);
  });

  it('draws nothing in CI, with --quiet or on a dumb terminal', () => {
    const cases: [NodeJS.ProcessEnv, boolean][] = [
      [{ CI: 'true' }, false],
      [{ CI: '1' }, false],
      [{ TERM: 'dumb' }, false],
      [{}, true],
    ];
    for (const [env, quiet] of cases) {
      const term = terminal({ env });
      const bar = progress('Checking', 10, { ...term.options, quiet });
      term.later(5000);
      bar.tick();
      bar.done();
      expect(term.writes, JSON.stringify({ env, quiet })).toEqual([]);
    }
  });

  it('draws when CI is set to false, 0 or nothing', () => {
    for (const ci of ['false', '0', '']) {
      const term = terminal({ env: { CI: ci } });
      const bar = progress('Checking', 10, term.options);
      term.later(1000);
      bar.tick();
      expect(frames(term.writes), ci).toHaveLength(1);
    }
  });

  it('draws nothing during the first second', () => {
    const term = terminal();
    const bar = progress('Checking', 100, term.options);
    for (let i = 0; i < 99; i += 1) {
      term.later(10);
      bar.tick();
    }
    expect(term.writes).toEqual([]);
    bar.done();
    expect(term.writes).toEqual([]);
    expect(term.guards.armed).toBe(0);
  });

  it('redraws at most ten times a second, with the count reached', () => {
    const term = terminal();
    const bar = progress('Checking', 10_000, term.options);
    term.later(1000);
    for (let i = 0; i < 5000; i += 1) {
      bar.tick();
      term.later(0.1);
    }
    const drawn = frames(term.writes);
    expect(drawn.length).toBeGreaterThanOrEqual(5);
    expect(drawn.length).toBeLessThanOrEqual(6);
    expect(drawn[0]).toContain(' 1/10000 ');
    expect(drawn.at(-1)).toMatch(/ 4\d{3}\/10000 {2}4\d%$/);
  });

  it('clears the line once on done, and then stays silent', () => {
    const term = terminal();
    const bar = progress('Checking', 4, term.options);
    term.later(1000);
    bar.tick();
    bar.done();
    bar.done();
    term.later(1000);
    bar.tick();
    expect(term.writes.at(-1)).toBe(`\r${esc}[K`);
    expect(term.writes.filter((w) => w === `\r${esc}[K`)).toHaveLength(1);
    expect(frames(term.writes)).toHaveLength(1);
    expect(term.guards).toMatchObject({ armed: 1, disarmed: 1 });
  });

  it('hands the guard a way to clear the line, for an interrupt', () => {
    const term = terminal();
    const bar = progress('Checking', 4, term.options);
    term.later(1000);
    bar.tick();
    term.guards.clear?.();
    expect(term.writes.at(-1)).toBe(`\r${esc}[K`);
  });

  it('clears the bar when the work fails', async () => {
    const term = terminal();
    const bar = progress('Checking', 4, term.options);
    const failing = showingProgress(bar, async () => {
      term.later(1000);
      bar.tick();
      throw new Error('disk gone');
    });
    await expect(failing).rejects.toThrow('disk gone');
    expect(term.writes.at(-1)).toBe(`\r${esc}[K`);
  });

  it('fits the width of the terminal, short of its last column', () => {
    const lineAt = (columns: number): string => {
      const term = terminal({ columns });
      const bar = progress('Checking registrations', 200, term.options);
      term.later(1000);
      bar.tick(50);
      return frames(term.writes)[0] ?? '';
    };
    for (const columns of [120, 80, 40]) {
      expect(displayWidth(lineAt(columns)), String(columns)).toBe(columns - 1);
    }
    expect(lineAt(120)).toMatch(/^Checking registrations \[#+\.+\] 50\/200 {2}25%$/);
    const cells = (line: string): number => (line.match(/[#.]/g) ?? []).length;
    expect(cells(lineAt(120)) - cells(lineAt(80))).toBe(40);
    expect(lineAt(40)).toMatch(/^Checking regi… \[#+\.+\] 50\/200 {2}25%$/);
  });

  it('falls back to 80 columns when the terminal does not say', () => {
    const term = terminal({ columns: 0 });
    const bar = progress('Checking', 10, term.options);
    term.later(1000);
    bar.tick();
    expect(displayWidth(frames(term.writes)[0] ?? '')).toBe(79);
  });

  it('counts a Chinese label as two columns a character', () => {
    const line = frame('正在检查报备', 1, 2, 60);
    expect(displayWidth(line)).toBe(59);
    expect(line).toMatch(/^正在检查报备 \[#+\.+\] 1\/2 {2}50%$/);
    expect(line.length).toBeLessThan(59);
  });

  it('cuts a long label, never the count, when the terminal is narrow', () => {
    const line = frame('正在检查报备'.repeat(10), 3, 10, 50);
    expect(displayWidth(line)).toBeLessThanOrEqual(49);
    expect(line).toContain('…');
    expect(line).toMatch(/\[#*\.+\] 3\/10 {2}30%$/);
    expect(frame('Checking', 3, 10, 12)).toBe('3/10  30%');
  });

  it('fills the bar in proportion and never past the total', () => {
    expect(frame('x', 0, 10, 40)).toMatch(/\[\.+\]/);
    expect(frame('x', 10, 10, 40)).toMatch(/\[#+\] 10\/10 100%$/);
    expect(frame('x', 15, 10, 40)).toMatch(/\[#+\] 10\/10 100%$/);
    expect(frame('x', 0, 0, 40)).toMatch(/\[#+\] 0\/0 100%$/);
  });
});
