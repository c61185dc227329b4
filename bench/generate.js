// Synthetic workspaces for the benchmarks: realistic registrations of about 1 KB, a few
// per cent invalid, Chinese and Latin customer names, spread over the example's partners.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const example = join(here, '..', 'examples', 'acme-channel');

const cities = ['苏州', '无锡', '宁波', '佛山', '东莞', '青岛', '成都', '武汉', '合肥', '天津'];
const trades = ['精工机械', '智能装备', '新材料', '电子科技', '汽车零部件', '食品包装', '医药化工'];
const latin = ['Meridian', 'Northwind', 'Bluepeak', 'Silverline', 'Oakridge', 'Harbor', 'Redwood'];
const nouns = ['Foods', 'Logistics', 'Plastics', 'Motors', 'Textiles', 'Metals', 'Energy'];
export const lines = ['plc', 'servo', 'vfd', 'hmi', 'scada', 'edge'];

/** A deterministic pseudo-random sequence, so every run measures the same data. */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function partnersOf() {
  const dir = join(example, 'partners');
  return ['huadong-systems', 'lingnan-automation', 'jingbei-tech', 'tianfu-controls'].map((id) => {
    const text = readFileSync(join(dir, `${id}.yaml`), 'utf8');
    const name = /contacts:\n\s+- name: (.+)\n\s+email: (.+)\n/.exec(text);
    return { id, contact: name ? name[1].trim() : 'Contact', email: name ? name[2].trim() : 'a@b.cn' };
  });
}

function registration(i, partner, year, seq, rnd) {
  const chinese = rnd() < 0.6;
  const a = Math.floor(rnd() * 1000);
  const name = chinese
    ? `${cities[a % cities.length]}${trades[(a >> 3) % trades.length]}${i}号有限公司`
    : `${latin[a % latin.length]} ${nouns[(a >> 3) % nouns.length]} ${i} Ltd.`;
  const id = `${partner.id.toUpperCase()}-${year}-${String(seq).padStart(4, '0')}`;
  const month = String(9 + Math.floor(rnd() * 3)).padStart(2, '0');
  const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
  const value = 50000 + Math.floor(rnd() * 400000);
  const invalid = rnd() < 0.03;
  return {
    id,
    text: `# yaml-language-server: $schema=../../../../schemas/registration.schema.json
id: ${id}
kind: deal
partner: ${partner.id}
submitted_by:
  name: ${partner.contact}
  email: ${partner.email}
submitted_on: ${year}-${month}-${day}
customer:
  name: ${name}
  domain: c${i}.example.cn
  region: CN-East
  industry: manufacturing
  contact:
    name: 王${i % 97}
    email: ${invalid ? 'not-an-email' : `buyer${i}@c${i}.example.cn`}
opportunity:
  title: Production line ${i} automation upgrade
  value: ${value}
  currency: CNY
  expected_close: 2027-0${1 + (i % 9)}-15
  stage: develop
products:
  - line: ${lines[i % lines.length]}
    sku: ${lines[i % lines.length].toUpperCase()}-${1000 + (i % 900)}
    quantity: ${1 + (i % 20)}
competitors:
  - Siemens
notes: >-
  Customer plans to modernise line ${i} in two phases; the first covers the
  controls, the second the drives. Budget approved by the plant director.
`,
  };
}

const commits = 5;

function git(dir, args) {
  const who = ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.cn', '-c', 'gc.auto=0'];
  execFileSync('git', [...who, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}

function commit(dir, message) {
  if (!existsSync(join(dir, '.git'))) git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message]);
}

/** Writes (or reuses) a workspace of `count` registrations and returns its path. */
export function generate(count, outDir = join(here, 'out')) {
  const dir = join(outDir, `ws-${count}`);
  const stamp = join(dir, '.complete');
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(example, 'reg.config.yaml'), join(dir, 'reg.config.yaml'));
  cpSync(join(example, 'partners'), join(dir, 'partners'), { recursive: true });
  mkdirSync(join(dir, 'schemas'), { recursive: true });
  const partners = partnersOf();
  const rnd = random(42);
  const seqs = new Map();
  for (let i = 0; i < count; i += 1) {
    const partner = partners[i % partners.length];
    const n = (seqs.get(partner.id) ?? 0) + 1;
    seqs.set(partner.id, n);
    // An id numbers a partner's registrations of one year in four digits, so a large
    // workspace reaches back over the years, as a vendor's history does.
    const year = 2026 - Math.floor((n - 1) / 9999);
    const seq = ((n - 1) % 9999) + 1;
    const folder = join(dir, 'registrations', partner.id);
    if (n === 1) mkdirSync(folder, { recursive: true });
    const reg = registration(i, partner, year, seq, rnd);
    writeFileSync(join(folder, `${reg.id}.yaml`), reg.text);
    // A history of a few commits, as a repository grown over time would have.
    if ((i + 1) % Math.ceil(count / commits) === 0) commit(dir, `registrations up to ${i + 1}`);
  }
  commit(dir, `all ${count} registrations`);
  writeFileSync(stamp, new Date().toISOString());
  return dir;
}
