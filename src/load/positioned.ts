import type { CST, Document, LineCounter, YAMLError } from 'yaml';
import type { Draft } from '../findings/finding.js';
import type { Limits } from './limits.js';
import { closedEntries, emptyAt, keyReader, type KeyReader } from './locate.js';
import { yamlPackage } from './yaml-package.js';

/** A document parsed with source positions, for findings that need a line and column. */
export interface Positioned {
  value: unknown;
  /** The first document's content in the concrete syntax tree, which locate.ts walks. */
  root: CST.Token | undefined;
  /** How the document's schema reads a plain key (YAML 1.2 core, or 1.1 where it says so). */
  readKey: KeyReader;
  lines: LineCounter;
  /** yaml.* findings; when any is an error, `value` must not be checked further. */
  problems: Draft[];
  /** Parsed only as far as the keys asked for (see parsePositionsOnly): not for others. */
  partial?: boolean;
}

const errorRules: Record<string, string> = {
  DUPLICATE_KEY: 'yaml.duplicate-key',
  TAB_AS_INDENT: 'yaml.tab',
  KEY_OVER_1024_CHARS: 'yaml.limits',
};

export function parsePositioned(text: string, limits: Limits): Positioned {
  const yaml = yamlPackage();
  const lines = new yaml.LineCounter();
  const options = { lineCounter: lines, prettyErrors: false, keepSourceTokens: true };
  const docs = yaml.parseAllDocuments(text, options);
  const list = Array.isArray(docs) ? docs : [];
  const first = list[0];
  const contents = first?.contents as { srcToken?: CST.Token; range?: number[] } | null;
  // An empty document has a node but no token of its own: it sits where the node does.
  const at = contents?.range?.[0];
  const root = contents?.srcToken ?? (at === undefined ? undefined : emptyToken(at));
  const readKey = first ? keyReader(first.schema) : coreKeys();
  const problems: Draft[] = [];

  const seenLines = new Set<number>();
  for (const doc of list) {
    for (const error of doc.errors) {
      const problem = syntaxProblem(error, text, lines);
      // One mistake often trips several parser errors on the same line; the first says it best.
      // After the first syntax error the parser is out of step: later ones are mostly echoes.
      const line = problem.position?.line ?? 0;
      const cascade = problem.rule !== 'yaml.duplicate-key' && problems.some(isSyntax);
      if (seenLines.has(line) || cascade) continue;
      seenLines.add(line);
      problems.push(problem);
    }
  }
  const second = list[1];
  if (second) {
    const position = lines.linePos(second.range[0]);
    problems.push({ rule: 'yaml.multiple-documents', path: [], position: pos(position) });
  }
  if (!first || first.contents === null || isBlank(text)) {
    problems.push({ rule: 'yaml.empty', path: [], position: { line: 1, column: 1 } });
    return { value: undefined, root, readKey, lines, problems };
  }
  if (problems.length > 0) return { value: undefined, root, readKey, lines, problems };
  return { ...toValue(first, lines, limits), root, readKey, lines };
}

/**
 * Only the positions of a file the fast parser already read without a problem: the
 * concrete syntax tree of its first document and the line counter. Neither composing a
 * document nor turning it into a value again is needed; composing is a third of the
 * positioned parse. Given the top-level keys the findings are under (`firsts`), the
 * parse stops once the entries of those keys are complete: most of a file's findings are
 * about its first fields, and the rest of the file is not read for them.
 */
export function parsePositionsOnly(text: string, firsts?: ReadonlySet<string>): Positioned {
  const yaml = yamlPackage();
  const lines = new yaml.LineCounter();
  const readKey = coreKeys();
  const parser = new yaml.Parser(lines.addNewLine);
  // As Parser#parse does before its first token: the first line starts at 0.
  lines.addNewLine(0);
  let root: CST.Token | undefined;
  const take = (tokens: Iterable<CST.Token>): void => {
    for (const token of tokens) {
      if (token.type !== 'document' || root !== undefined) continue;
      root = token.value ?? emptyToken(emptyAt(token.start, token.offset));
    }
  };
  const closed = firsts && closedEntries(firsts, readKey);
  let entries = 0;
  for (const lexeme of new yaml.Lexer().lex(text)) {
    take(parser.next(lexeme));
    if (!closed || root !== undefined) continue;
    const [doc, map] = parser.stack;
    if (doc?.type !== 'document' || map?.type !== 'block-map' || map.items.length === entries) {
      continue;
    }
    entries = map.items.length;
    if (closed(map)) {
      return { value: undefined, root: map, readKey, lines, problems: [], partial: true };
    }
  }
  take(parser.end());
  return { value: undefined, root, readKey, lines, problems: [] };
}

let core: KeyReader | undefined;

/** The fast parser reads YAML 1.2 with the core schema, as a document does by default. */
function coreKeys(): KeyReader {
  core ??= keyReader(new (yamlPackage().Document)().schema);
  return core;
}

function emptyToken(offset: number): CST.FlowScalar {
  return { type: 'scalar', offset, indent: 0, source: '' };
}

function toValue(doc: Document.Parsed, lines: LineCounter, limits: Limits) {
  const aliases = countAliases(doc);
  if (aliases > limits.maxAliases) {
    const start = doc.contents?.range?.[0] ?? 0;
    const params = { count: aliases, limit: limits.maxAliases };
    const problem: Draft = {
      rule: 'yaml.aliases',
      path: [],
      params,
      position: pos(lines.linePos(start)),
    };
    return { value: undefined, problems: [problem] };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: limits.maxAliases }) as unknown, problems: [] };
  } catch {
    // The alias expansion guard of the yaml package: an alias bomb below our own count.
    const params = { count: aliases, limit: limits.maxAliases };
    return { value: undefined, problems: [{ rule: 'yaml.aliases', path: [], params }] };
  }
}

function countAliases(doc: Document.Parsed): number {
  let count = 0;
  yamlPackage().visit(doc, {
    Alias() {
      count += 1;
    },
  });
  return count;
}

function isSyntax(d: Draft): boolean {
  return d.rule === 'yaml.syntax' || d.rule === 'yaml.tab';
}

/** Parser error codes with a phrasing of their own; the others show the parser's text. */
const phrased = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'MISSING_CHAR',
  'UNEXPECTED_TOKEN',
  'BAD_SCALAR_START',
]);

function syntaxProblem(error: YAMLError, text: string, lines: LineCounter): Draft {
  const opener = unclosedFlow(error, text);
  if (opener !== undefined) {
    const position = pos(lines.linePos(opener.at));
    const params = { code: error.code, detail: opener.bracket };
    return { rule: 'yaml.syntax', key: 'yaml.syntax.unclosed-flow', path: [], position, params };
  }
  const position = pos(lines.linePos(errorOffset(error, text)));
  // The parser turns its own stack overflow on deep nesting into an error of the document.
  if (/call stack/i.test(error.message)) {
    return { rule: 'yaml.limits', key: 'yaml.limits.depth', path: [], position };
  }
  const rule = errorRules[error.code] ?? 'yaml.syntax';
  const detail =
    error.code === 'DUPLICATE_KEY'
      ? (/^[^:\n]+/.exec(text.slice(error.pos[0]))?.[0] ?? '').trim()
      : (error.message.split('\n')[0] ?? error.code);
  const key =
    rule === 'yaml.syntax' && phrased.has(error.code) ? `yaml.syntax.${error.code}` : undefined;
  return { rule, key, path: [], position, params: { code: error.code, detail } };
}

/**
 * A `[` or `{` never closed: the parser says so at the next line that is not indented
 * inside it, as bad indentation, where the partner needs the bracket that was left open.
 */
function unclosedFlow(error: YAMLError, text: string): { at: number; bracket: string } | undefined {
  if (error.code !== 'BAD_INDENT') return undefined;
  const kind = /^Flow (sequence|map) in block collection/.exec(error.message)?.[1];
  if (kind === undefined) return undefined;
  const [open, close] = kind === 'sequence' ? ['[', ']'] : ['{', '}'];
  // Brackets inside quotes or comments are text: "[draft" opens nothing.
  const opened: number[] = [];
  let quote: string | undefined;
  const end = Math.min(error.pos[0], text.length);
  for (let i = 0; i < end; i += 1) {
    const c = text[i];
    const before = i === 0 ? '\n' : (text[i - 1] ?? '');
    if (c === '\n') quote = undefined;
    else if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && /[\s[{,:]/.test(before)) quote = c;
    else if (c === '#' && /\s/.test(before)) {
      const next = text.indexOf('\n', i);
      i = next < 0 ? end : next - 1;
    } else if (c === open) opened.push(i);
    else if (c === close) opened.pop();
  }
  const at = opened.at(-1);
  return at === undefined ? undefined : { at, bracket: open };
}

/**
 * The parser notices an unclosed quote only where the input ends; the partner needs the
 * line where the quote was opened.
 */
function errorOffset(error: YAMLError, text: string): number {
  const at = error.pos[0];
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return at;
  const before = text.slice(0, at);
  const open = Math.max(before.lastIndexOf(': "'), before.lastIndexOf(": '"));
  return open >= 0 ? open + 2 : at;
}

function pos(p: { line: number; col: number }): { line: number; column: number } {
  return { line: p.line, column: p.col };
}

function isBlank(text: string): boolean {
  return text.split('\n').every((l) => /^\s*(#.*)?$/.test(l));
}
