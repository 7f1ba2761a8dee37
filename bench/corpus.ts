// A synthetic corpus for the benchmark, made from the seed plans: each region a copy of every seed under a new
// place name with its numbers perturbed (tables and prose kept), some regions in traditional characters
// (opencc cn→hk) and some saved in GB18030, as plans are found in the wild. Deterministic for a given region count.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { encodeGbk } from '../tests/helpers/gbk';
import { seededRandom as random } from '../tests/helpers/random';

/** mulberry32, the seeded generator the random tests share: the corpus is the same on every machine. */
export { random };

export interface SeedPlan {
  file: string;
  region: string;
  text: string;
}

export type Variant = 'simplified' | 'traditional' | 'gb18030';

export interface CorpusFile {
  /** Relative to the corpus folder: `r0001/<seed file>`. */
  path: string;
  bytes: Uint8Array;
  variant: Variant;
}

/** The seeds listed in seeds/index.json, with the region each names. */
export function readSeeds(dir: string): SeedPlan[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string; region: string }[];
  return index.map((e) => ({ file: e.file, region: e.region, text: readFileSync(join(dir, e.file), 'utf8') }));
}

const SUFFIX = /(.+?)(新区|自治州|自治县|地区|市|区|县|盟|旗)/gu;

/** The name parts a region is written with in its plans: 广元市利州区 → 广元, 利州. */
export function nameStems(region: string): string[] {
  return [...region.matchAll(SUFFIX)].map((m) => m[1] ?? '').filter((s) => s.length >= 2);
}

// Place-name characters; none pair into a province's name (so no corpus region looks like it is in 青海).
const STEM_CHARS = '青岚澄溪川岭汀湖阳宁嘉泰和平兴华丰永昌盛清源长乐金石玉云枫桐柳桂松竹梅兰沙河洛江临滨安宜顺德通远达瑞祥福明光武文凤鹤鸣岗峰泉浦湾桥庄坪营堡屯';
const STEMS_PER_REGION = 4;

/**
 * A made-up two-character place name for stem `j` of region `k`: distinct for every (k, j) with
 * j < 4 and k < 1,207 (the 70·69 ordered pairs, four stems a region), and never a doubled character.
 */
export function newStem(k: number, j: number): string {
  const n = STEM_CHARS.length;
  const i = k * STEMS_PER_REGION + j;
  const a = i % n;
  const b = (a + 1 + (Math.floor(i / n) % (n - 1))) % n;
  return (STEM_CHARS[a] ?? '青') + (STEM_CHARS[b] ?? '岚');
}

/**
 * Numbers moved by up to ±15%, keeping their decimals; years (1900–2100 written with four digits) and
 * small whole numbers (list numbering, 1~2所) stay as they are, so periods and structure survive.
 */
export function perturbNumbers(text: string, rand: () => number): string {
  return text.replace(/\d+(?:\.\d+)?/gu, (s) => {
    const value = Number(s);
    const decimals = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
    if (decimals === 0 && (value < 10 || (s.length === 4 && value >= 1900 && value <= 2100))) return s;
    const moved = value * (0.85 + rand() * 0.3);
    return decimals === 0 ? String(Math.max(10, Math.round(moved))) : moved.toFixed(decimals);
  });
}

let toHongKong: ((s: string) => string) | null = null;
const gbkSafe = new Map<string, boolean>();

/** GB18030 bytes (through the test GBK encoder); the rare character outside GBK becomes '?'. */
export function encodeGb18030(text: string): Uint8Array {
  const safe = [...text]
    .map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch;
      let ok = gbkSafe.get(ch);
      if (ok === undefined) {
        try {
          encodeGbk(ch);
          ok = true;
        } catch {
          ok = false;
        }
        gbkSafe.set(ch, ok);
      }
      return ok ? ch : '?';
    })
    .join('');
  return encodeGbk(safe);
}

/** Region k's variant: every fifth region traditional, every fifth GB18030, the rest simplified UTF-8. */
export function variantOf(k: number): Variant {
  return k % 5 === 3 ? 'traditional' : k % 5 === 4 ? 'gb18030' : 'simplified';
}

/** The plans of region k (0-based): every seed renamed, renumbered and encoded as its variant. */
export function regionFiles(seeds: readonly SeedPlan[], k: number): CorpusFile[] {
  const rand = random(k + 1);
  const variant = variantOf(k);
  const renames = new Map<string, string>();
  for (const seed of seeds) for (const stem of nameStems(seed.region)) if (!renames.has(stem)) renames.set(stem, newStem(k, renames.size));
  const dir = `r${String(k + 1).padStart(4, '0')}`;
  return seeds.map((seed) => {
    let text = seed.text;
    for (const [stem, renamed] of renames) text = text.split(stem).join(renamed);
    text = perturbNumbers(text, rand);
    if (variant === 'traditional') {
      toHongKong ??= Converter({ from: 'cn', to: 'hk' });
      text = toHongKong(text);
    }
    const bytes = variant === 'gb18030' ? encodeGb18030(text) : new TextEncoder().encode(text);
    return { path: `${dir}/${seed.file}`, bytes, variant };
  });
}

/** Writes regions [from, to) under `root`; returns the region folders and every file written, with its size. */
export function writeRegions(
  seeds: readonly SeedPlan[],
  root: string,
  from: number,
  to: number,
): { dirs: string[]; files: { path: string; size: number }[] } {
  const dirs: string[] = [];
  const written: { path: string; size: number }[] = [];
  for (let k = from; k < to; k++) {
    for (const f of regionFiles(seeds, k)) {
      const path = join(root, f.path);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, f.bytes);
      written.push({ path, size: f.bytes.length });
    }
    dirs.push(join(root, `r${String(k + 1).padStart(4, '0')}`));
  }
  return { dirs, files: written };
}

/**
 * One very large plan: the simplified regions' renamed, renumbered copies of every seed one after another (blank
 * lines between), until it holds `bytes` of UTF-8 — a national compendium's size, with tables and prose intact.
 */
export function largePlan(seeds: readonly SeedPlan[], bytes: number, firstRegion = 0): Uint8Array {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (let k = firstRegion; size < bytes; k++) {
    if (variantOf(k) !== 'simplified') continue;
    for (const f of regionFiles(seeds, k)) {
      const text = decoder.decode(f.bytes);
      parts.push(text);
      size += f.bytes.length + 2;
    }
  }
  return new TextEncoder().encode(parts.join('\n\n'));
}

/**
 * largePlan with a dense block after every copy of the seeds: lines of commitments (到2025年,…达到N个。) as a
 * compendium's annex tables in running text would give, so 30 MB hold about as many records as issue 18's plan
 * (≈ 450,000), not the few tens of thousands the seeds alone give.
 */
export function densePlan(seeds: readonly SeedPlan[], bytes: number, firstRegion = 0): Uint8Array {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  const rand = random(firstRegion + 7);
  const names = ['每千人口拥有3岁以下婴幼儿托位数', '养老机构护理型床位占比', '普惠性幼儿园覆盖率', '城镇新增就业人数', '基本养老保险参保率', '每千人口执业(助理)医师数'];
  const units = ['个', '%', '%', '万人', '%', '人'];
  for (let k = firstRegion; size < bytes; k++) {
    if (variantOf(k) !== 'simplified') continue;
    for (const f of regionFiles(seeds, k)) {
      const text = decoder.decode(f.bytes);
      parts.push(text);
      size += f.bytes.length + 2;
    }
    const lines: string[] = ['', '附表 主要指标分解', ''];
    for (let i = 0; i < 24000; i++) {
      const j = i % names.length;
      lines.push(`到2025年,第${i + 1}片区${names[j]}达到${(1 + rand() * 90).toFixed(1)}${units[j]}。`);
    }
    const block = lines.join('\n');
    parts.push(block);
    size += new TextEncoder().encode(block).length + 2;
  }
  return new TextEncoder().encode(parts.join('\n\n'));
}
