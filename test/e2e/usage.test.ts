import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reg, repoRoot } from '../helpers/cli.js';

const example = join(repoRoot, 'examples', 'acme-channel');

describe('a command line reg cannot parse', () => {
  const cases: [string[], RegExp, RegExp][] = [
    [['validate', '--bogus'], /There is no option --bogus/, /没有选项 --bogus/],
    [['valdate'], /There is no command valdate \(did you mean validate\?\)/, /没有命令 valdate/],
    [
      ['validate', '--format', 'xml'],
      /xml is not a value of -f, --format <format>; it takes one of pretty, json, github, junit, sarif/,
      /xml 不是 -f, --format <format> 的可用值；可用值为 pretty, json/,
    ],
    [['digest'], /The option --since <date\|ref> is required/, /必须提供选项 --since/],
    [
      ['report', '--out'],
      /The option -o, --out <file> needs a value/,
      /选项 -o, --out <file> 需要一个值/,
    ],
    [['explain', 'a', 'b', 'c'], /Too many arguments for explain/, /explain 的参数过多/],
  ];

  it('says what is wrong in English, with a hint, and exits 2', () => {
    for (const [args, english] of cases) {
      const r = reg(args, { cwd: example });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(english);
      expect(r.stderr).toMatch(/^hint: Run "reg (\w+ )?--help" for the usage\.$/m);
    }
  });

  it('says it in Chinese with --lang zh-CN, leaving no English of the parser', () => {
    for (const [args, , chinese] of cases) {
      const r = reg(['--lang', 'zh-CN', ...args], { cwd: example });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(chinese);
      expect(r.stderr).toMatch(/^建议: 运行"reg (\w+ )?--help"查看用法。$/m);
      expect(r.stderr).not.toMatch(/^error:|Allowed choices|not specified|unknown option/m);
    }
  });

  it('takes --lang in any case, as LANG is taken', () => {
    const r = reg(['--lang', 'ZH-cn', 'validate', '--today', '2026-12-03'], { cwd: example });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/已检查 \d+ 个文件/);
  });

  it('shows the help in Chinese with --lang zh-CN, headings, choices and defaults too', () => {
    const zh = reg(['--lang', 'zh-CN', 'report', '--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法： reg report/m);
    expect(zh.stdout).toMatch(/^选项：$/m);
    expect(zh.stdout).toMatch(/可选值："markdown"/);
    expect(zh.stdout).toMatch(/默认："markdown"/);
    expect(zh.stdout).not.toMatch(/Usage:|Options:|choices:|default:/);
    const en = reg(['report', '--help']);
    expect(en.stdout).toMatch(/^Usage: reg report/m);
    expect(en.stdout).toMatch(
      /\(choices: "markdown", "html", "json",\s+"csv", default: "markdown"\)/,
    );
  });
});
