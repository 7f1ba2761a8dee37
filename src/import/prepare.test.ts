import { describe, expect, it } from 'vitest';
import { encodeBig5 } from '../../tests/helpers/big5';
import { encodeGbk } from '../../tests/helpers/gbk';
import type { ExtractedSlice } from '../core/extract/slices';
import { budgetsWith } from './budgets';
import { prepareDocument, prepareDocumentInSlices, type PreparedDocument, type SliceSink } from './prepare';

const PLAN = [
  '臺北市「十四五」公共服務規劃',
  '臺北市人民政府',
  '二、主要目標',
  '到2025年，每千人口擁有3歲以下嬰幼兒托位數達到4.5個，養老機構護理型床位佔比達到55%以上，',
  '普惠性幼兒園覆蓋率達到90%，城鎮新增就業人數累計達到12萬人，安老院舍宿位達到3000個。',
  '',
  '表1 主要指標',
  '指標 | 單位 | 2020年 | 2025年 | 屬性',
  '居民人均預期壽命 | 歲 | 78.3 | 79.5 | 預期性',
  '每千人口執業（助理）醫師數 | 人 | 2.9 | 3.2 | 預期性',
].join('\n');

async function prepared(name: string, bytes: Uint8Array) {
  const r = await prepareDocument(name, bytes);
  if (!r.ok) throw new Error(`${name}: ${r.code} ${r.detail}`);
  return r.value;
}

const view = (doc: Awaited<ReturnType<typeof prepared>>) =>
  doc.extracted.targets.map(({ id: _id, ...rest }) => rest);

describe('prepareDocument: encodings', () => {
  it('extracts a traditional plan saved in Big5 exactly as the same plan in UTF-8', async () => {
    const utf8 = await prepared('plan.txt', new TextEncoder().encode(PLAN));
    const big5 = await prepared('plan.txt', encodeBig5(PLAN));
    expect(big5.encoding).toBe('big5');
    expect(big5.extracted.text).toBe(PLAN);
    expect(utf8.extracted.targets.length).toBeGreaterThanOrEqual(6);
    expect(view(big5)).toEqual(view(utf8));
    expect(big5.extracted.metadata).toEqual(utf8.extracted.metadata);
    expect(big5.extracted.targets.map((t) => t.indicator)).toContain('childcare_places_per_1000');
  });

  it('extracts the same plan saved in GBK exactly as in UTF-8', async () => {
    const utf8 = await prepared('plan.md', new TextEncoder().encode(PLAN));
    const gbk = await prepared('plan.md', encodeGbk(PLAN));
    expect(gbk.encoding).toBe('gb18030');
    expect(view(gbk)).toEqual(view(utf8));
  });

  it('refuses random bytes with implausible-text, storing nothing', async () => {
    const bytes = new Uint8Array(30_000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      bytes[i] = 0x80 | (x >>> 25);
    }
    const r = await prepareDocument('noise.txt', bytes);
    expect(r).toMatchObject({ ok: false, code: 'implausible-text' });
  });
});

describe('prepareDocumentInSlices', () => {
  const big = new TextEncoder().encode(Array.from({ length: 40 }, () => PLAN).join('\n\n'));
  const collect = () => {
    const got: { head: PreparedDocument | null; slices: ExtractedSlice[] } = { head: null, slices: [] };
    const sink: SliceSink = {
      head: async (doc) => {
        got.head = doc;
        return true;
      },
      slice: async (slice) => {
        got.slices.push(slice);
      },
    };
    return { got, sink };
  };

  it('sends the document without targets, then slices whose records are those of one reading', async () => {
    const whole = await prepared('big.txt', big);
    const { got, sink } = collect();
    const result = await prepareDocumentInSlices('big.txt', big, sink, { sliceChars: 2000 });
    expect(result.ok && result.value.extracted.targets).toEqual([]);
    expect(got.head?.hash).toBe(whole.hash);
    expect(got.slices.length).toBeGreaterThan(3);
    expect(got.slices.flatMap((s) => s.targets)).toEqual(whole.extracted.targets);
  });

  it('stops after the head when the document is not wanted (already stored)', async () => {
    const { got, sink } = collect();
    sink.head = async () => false;
    expect((await prepareDocumentInSlices('big.txt', big, sink, { sliceChars: 2000 })).ok).toBe(true);
    expect(got.slices).toEqual([]);
  });

  it('refuses a document past the target budget once its slices pass it', async () => {
    const { got, sink } = collect();
    const result = await prepareDocumentInSlices('big.txt', big, sink, { sliceChars: 2000, budgets: budgetsWith({ maxTargets: 20 }) });
    expect(result).toMatchObject({ ok: false, code: 'too-many-targets' });
    expect(got.slices.flatMap((s) => s.targets).length).toBeLessThanOrEqual(20);
  });
});
