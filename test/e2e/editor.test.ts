import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { LspClient } from '../helpers/lsp.js';

/**
 * The YAML language server behind the common editor extensions (VS Code's YAML, coc-yaml,
 * the Neovim and Helix setups). Version 1.x runs on Node 20; it is not a dependency yet.
 */
function serverBin(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
    return join(dirname(pkg), 'bin', 'yaml-language-server');
  } catch {
    return undefined;
  }
}

const bin = serverBin();
const absent = bin ? '' : ' (skipped: devDependency yaml-language-server@1 not installed)';

type Diagnostic = { message: string; range: { start: { line: number } } };
type Item = { label: string };

describe.skipIf(!bin)(`editors read the $schema line of a written registration${absent}`, () => {
  let top = '';
  let root = '';
  let uri = '';
  let text = '';
  beforeAll(() => {
    top = mkdtempSync(join(tmpdir(), 'regkit-lsp-'));
    reg(['init', 'ws'], { cwd: top });
    root = join(top, 'ws');
    reg(['new', 'deal', '--yes', ...dealSets()], { cwd: root });
    const file = join(root, 'registrations/example-partner/EXAMPLE-PARTNER-2026-0001.yaml');
    uri = pathToFileURL(file).href;
    text = readFileSync(file, 'utf8');
  });
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  const settings = {
    validate: true,
    completion: true,
    hover: true,
    schemaStore: { enable: false },
  };

  async function start(): Promise<LspClient> {
    const client = new LspClient(process.execPath, [bin ?? '', '--stdio'], (method, params) => {
      if (method === 'workspace/configuration') {
        const items = (params as { items: { section?: string }[] }).items;
        return items.map((i) => (i.section === 'yaml' ? settings : {}));
      }
      return null;
    });
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {
        textDocument: { completion: { completionItem: {} }, publishDiagnostics: {} },
      },
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });
    return client;
  }

  /** The next diagnostics the server publishes for the file after `from`. */
  async function diagnosticsOf(client: LspClient, from: number): Promise<Diagnostic[]> {
    const m = await client.waitFor((n) => {
      const p = n.params as { uri?: string } | undefined;
      return n.method === 'textDocument/publishDiagnostics' && p?.uri === uri;
    }, from);
    return (m.params as { diagnostics: Diagnostic[] }).diagnostics;
  }

  function change(client: LspClient, version: number, next: string): number {
    const from = client.mark();
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text: next }],
    });
    return from;
  }

  it('reports the mistakes made in the file, and nothing on the file as written', async () => {
    const client = await start();
    try {
      const opened = client.mark();
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text },
      });
      await diagnosticsOf(client, opened);

      const broken = `${text.replace('stage: develop', 'stage: maybe')}colour: red\n`;
      const found = await diagnosticsOf(client, change(client, 2, broken));
      const stageLine = broken.split('\n').findIndex((l) => l.includes('stage: maybe'));
      expect(found.some((d) => d.range.start.line === stageLine)).toBe(true);
      expect(found.some((d) => d.message.includes('colour'))).toBe(true);

      expect(await diagnosticsOf(client, change(client, 3, text))).toEqual([]);
    } finally {
      client.stop();
    }
  });

  it('offers the fields of the schema for completion', async () => {
    const client = await start();
    try {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith('customer:')) + 1;
      lines.splice(at, 0, '  ');
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text: lines.join('\n') },
      });
      const result = (await client.request('textDocument/completion', {
        textDocument: { uri },
        position: { line: at, character: 2 },
      })) as { items?: Item[] } | Item[];
      const items = Array.isArray(result) ? result : (result.items ?? []);
      const labels = items.map((i) => i.label);
      expect(labels).toContain('registration_number');
      expect(labels).toContain('domain');
    } finally {
      client.stop();
    }
  });
});

function dealSets(): string[] {
  const fields = {
    'customer.name': 'Northwind Logistics Ltd.',
    'customer.region': 'EMEA',
    'customer.industry': 'logistics',
    'customer.contact.name': 'Anna Schmidt',
    'customer.contact.email': 'anna.schmidt@northwind.example',
    'opportunity.title': 'Warehouse conveyors',
    'opportunity.value': '250000',
    'opportunity.currency': 'EUR',
    'opportunity.expected_close': '2027-10-31',
    'opportunity.stage': 'develop',
    'products[0].line': 'drives',
    'products[0].quantity': '30',
  };
  return Object.entries(fields).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
}
