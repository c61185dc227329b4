// Times conflict detection (conflict.customer and conflict.similar) over synthetic
// registrations held in memory: 10,000 and 100,000 by default, BENCH_CONFLICT_SIZES to
// change. Needs `npm run build`. Prints one line per size and the ratio of the two.
import { join } from 'node:path';
import { detectConflicts } from '../dist/checks/conflict/detect.js';
import { factsOf } from '../dist/checks/facts.js';
import { openWorkspace } from '../dist/workspace/load.js';
import { lines, random } from './generate.js';

const root = join(import.meta.dirname, '..');
const { policy } = openWorkspace(join(root, 'examples', 'acme-channel'));
const sizes = (process.env.BENCH_CONFLICT_SIZES ?? '10000,100000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const today = '2026-12-03';

const cities = [
  '苏州',
  '无锡',
  '宁波',
  '佛山',
  '东莞',
  '青岛',
  '成都',
  '武汉',
  '合肥',
  '天津',
  '深圳',
  '上海',
];
const trades = [
  '精工机械',
  '智能装备',
  '新材料',
  '电子科技',
  '汽车零部件',
  '食品包装',
  '医药化工',
  '物流',
];
const syllables = (
  'hua xin tai long feng da an kai rui jin bo heng sheng yuan hong hang tong de ming ' +
  'guang hui zhong qi wei jia li cheng xiang yu tian fu kang ning shun hao chang mei nor ' +
  'west ster ' +
  'bright ford ham ton vale brook field stone wood mar ken lin sel ver dan cor al ex tri'
).split(' ');
const han = (
  '华新泰隆丰达安凯瑞金博恒盛鑫源宏远航汇通德明光辉中启伟佳立诚祥宇天福康宁顺浩昌美' +
  '润泽信和兴荣嘉禾鼎峰海川星辰力创联合众邦亿晟锦坤易达飞腾骏驰铭科智慧云图蓝天绿洲益友东方西部' +
  '南北长江黄河恒通瀚威拓普瑞丰'
).split('');
const nouns = [
  'Foods',
  'Logistics',
  'Plastics',
  'Motors',
  'Textiles',
  'Metals',
  'Energy',
  'Robotics',
  'Packaging',
  'Pharma',
  'Brewing',
  'Paper',
  'Glass',
  'Ceramics',
  'Cables',
  'Pumps',
  'Valves',
  'Dairy',
];

function customer(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  if (rnd() < 0.6) {
    const brand = `${pick(han)}${pick(han)}${rnd() < 0.5 ? pick(han) : ''}`;
    return { name: `${pick(cities)}${brand}${pick(trades)}有限公司`, domain: undefined };
  }
  const brand = `${pick(syllables)}${pick(syllables)}${pick(syllables)}`;
  const name = `${brand[0].toUpperCase()}${brand.slice(1)} ${pick(nouns)} Co., Ltd.`;
  return { name, domain: rnd() < 0.5 ? `${brand}.example.com` : undefined };
}

/** A variant of an earlier customer as another partner would write it. */
function variant(name, rnd) {
  const forms = [
    (n) => n.toUpperCase(),
    (n) => n.replace('有限公司', '股份有限公司'),
    (n) => n.replace(' Co., Ltd.', ' Limited'),
    (n) => n.replace(/^(\S{2})/, '$1（上海）'),
    (n) => n.slice(0, -1),
  ];
  return forms[Math.floor(rnd() * forms.length)](name);
}

function registrations(count) {
  const rnd = random(count);
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const partner = `partner-${String(Math.floor(rnd() * 60)).padStart(2, '0')}`;
    const earlier = i > 0 && rnd() < 0.05 ? out[Math.floor(rnd() * i)] : undefined;
    const c = earlier
      ? { ...earlier.data.customer, name: variant(earlier.data.customer.name, rnd) }
      : customer(rnd);
    const month = String(1 + Math.floor(rnd() * 11)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const id = `${partner.toUpperCase()}-2026-${String(i).padStart(6, '0')}`;
    const products = [{ line: lines[Math.floor(rnd() * lines.length)], quantity: 1 }];
    if (rnd() < 0.3) products.push({ line: lines[Math.floor(rnd() * lines.length)], quantity: 2 });
    const data = {
      id,
      kind: 'deal',
      partner,
      submitted_on: `2026-${month}-${day}`,
      customer: { ...c, region: 'CN-East', industry: 'manufacturing' },
      opportunity: {
        title: 'Line upgrade',
        value: 100000,
        currency: 'CNY',
        expected_close: '2027-03-01',
        stage: 'develop',
      },
      products,
    };
    if (data.customer.domain === undefined) delete data.customer.domain;
    out.push({ rel: `registrations/${partner}/${id}.yaml`, data });
  }
  return out;
}

/**
 * Each size's median over `runs` rounds, the sizes measured in turns within each round so
 * that they meet the same load. A smaller size runs more often per round, as many times
 * as the largest is larger: a run of 10,000 takes a few hundredths of a second, which
 * one pause of the machine's doubles, and its median needs more runs to hold still.
 */
function timeAll(sized) {
  const largest = Math.max(...sized.map((s) => s.inputs.length));
  const samples = sized.map(() => []);
  const found = sized.map(() => []);
  for (let round = 0; round < runs; round += 1) {
    sized.forEach(({ inputs }, i) => {
      const repeats = Math.max(1, Math.round(largest / inputs.length));
      for (let r = 0; r < repeats; r += 1) {
        const start = process.hrtime.bigint();
        found[i] = detectConflicts(inputs, policy, today);
        samples[i].push(Number(process.hrtime.bigint() - start) / 1e9);
      }
    });
  }
  return sized.map((_, i) => {
    const times = samples[i].sort((a, b) => a - b);
    return { seconds: times[Math.floor(times.length / 2)], found: found[i], count: times.length };
  });
}

// What each registration contributes to the check, as a run extracts it before timing.
const sized = sizes.map((size) => ({ size, inputs: registrations(size).map(factsOf) }));
const results = timeAll(sized).map((r, i) => ({ ...r, size: sized[i].size }));
for (const { size, seconds, found, count } of results) {
  const exact = found.filter((c) => c.kind === 'customer').length;
  const similar = found.length - exact;
  console.log(
    `conflict detection, ${size} registrations: ${seconds.toFixed(3)} s ` +
      `(median of ${count}; ${exact} conflicts, ${similar} similar names)`,
  );
}
if (results.length === 2) {
  const [small, large] = results;
  console.log(
    `ratio ${large.size} / ${small.size}: ${(large.seconds / small.seconds).toFixed(1)}×`,
  );
}
