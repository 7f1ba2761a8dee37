import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkspace } from '../workspace/format';
import { prepareDocument, type PreparedDocument } from '../import/prepare';
import { regionIdFor, spoolLine } from './spool';
import { readSpool, WORKSPACE_SOURCE, writeWorkspace } from './workspace';

const NOW = '2026-01-02T03:04:05.000Z';
let dir: string;
const docs: PreparedDocument[] = [];

async function prepared(name: string, text: string): Promise<PreparedDocument> {
  const result = await prepareDocument(name, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.code);
  return result.value;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planbench-workspace-'));
  docs.push(await prepared('yunling.txt', '云岭市“十五五”养老服务体系规划\n云岭市人民政府\n截至2025年底,全市养老机构护理型床位占比达到58%。\n到2030年,全市养老机构护理型床位占比达到65%以上。\n'));
  docs.push(await prepared('qingchuan.md', '青川县“十五五”公共服务规划\n青川县人民政府\n到2030年,基本养老保险参保率稳定在96%以上。\n'));
  docs.push(await prepared('notice.txt', '关于做好有关工作的通知\n到2030年,城镇新增就业达到5万人。\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('regionIdFor', () => {
  it('gives a name the same id everywhere, and no name the unknown region', () => {
    expect(regionIdFor('云岭市')).toBe(regionIdFor(' 云岭市 '));
    expect(regionIdFor('云岭市')).toMatch(/^region-[0-9a-f]{24}$/u);
    expect(regionIdFor('云岭市')).not.toBe(regionIdFor('青川县'));
    expect(regionIdFor(null)).toBe('unknown');
    expect(regionIdFor('  ')).toBe('unknown');
  });
});

describe('writeWorkspace', () => {
  it('turns a spool into a workspace file that passes parseWorkspace, each content once', async () => {
    const spool = join(dir, 'ws.json.spool');
    const [a, b, c] = docs as [PreparedDocument, PreparedDocument, PreparedDocument];
    // b twice (two files with the same bytes), then a half-written line left by a killed run.
    writeFileSync(spool, [a, b, c, b].map((d) => spoolLine(d, NOW)).join('') + spoolLine(a, NOW).slice(0, 50));
    expect(await readSpool(spool)).toEqual(new Set([a.hash, b.hash, c.hash]));
    expect(readFileSync(spool, 'utf8').endsWith('\n')).toBe(true);

    const path = join(dir, 'ws.json');
    const counts = await writeWorkspace(spool, path, NOW);
    expect(existsSync(spool)).toBe(false);
    const parsed = parseWorkspace(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.issues.join(', '));
    const ws = parsed.value;
    expect(ws.source).toBe(WORKSPACE_SOURCE);
    expect(ws.exportedAt).toBe(NOW);
    expect(ws.documents.map((d) => d.fileName)).toEqual(['yunling.txt', 'qingchuan.md', 'notice.txt']);
    expect(ws.regions.map((r) => [r.id, r.name])).toEqual([
      ['unknown', ''],
      [regionIdFor('云岭市'), '云岭市'],
      [regionIdFor('青川县'), '青川县'],
    ].sort((x, y) => (x[1]! < y[1]! ? -1 : 1)));
    expect(ws.documents.find((d) => d.fileName === 'notice.txt')?.regionId).toBe('unknown');
    const targets = docs.reduce((n, d) => n + d.extracted.targets.length, 0);
    expect(ws.targets).toHaveLength(targets);
    expect(counts).toEqual({ regions: 3, documents: 3, targets });
    for (const d of docs) {
      expect(ws.targets.filter((t) => t.documentId === d.hash).map((t) => t.extracted)).toEqual(d.extracted.targets);
      expect(ws.achievements.filter((t) => t.documentId === d.hash).map((t) => t.extracted)).toEqual(d.extracted.achieved);
    }
    // The workbench receives the reported 2025 level as an achievement, in the document's region.
    expect(ws.achievements.map((r) => [r.regionId, r.indicator, r.year, r.extracted.value])).toEqual([[regionIdFor('云岭市'), 'nursing_bed_ratio', 2025, 58]]);
    expect(ws.documents[0]?.originalText).toBe(a.extracted.text);
    expect(ws.benchmarks.length).toBeGreaterThan(0);
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')) as object)).toEqual([
      'type', 'version', 'source', 'schemaVersion', 'exportedAt', 'regions', 'documents', 'targets', 'achievements', 'annotations', 'benchmarks', 'settings',
    ]);
  });

  it('reads a spool line an older run wrote, without achievements', async () => {
    const spool = join(dir, 'old.spool');
    const [a] = docs as [PreparedDocument];
    // The line as it was before achievements: five fields, no sixth.
    writeFileSync(spool, spoolLine(a, NOW).replace(/\t[^\t]*\n$/u, '\n'));
    const path = join(dir, 'old.json');
    await writeWorkspace(spool, path, NOW);
    const parsed = parseWorkspace(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.issues.join(', '));
    expect(parsed.value.targets).toHaveLength(a.extracted.targets.length);
    expect(parsed.value.achievements).toEqual([]);
  });

  it('writes a valid empty workspace from an empty spool', async () => {
    const spool = join(dir, 'empty.spool');
    writeFileSync(spool, '');
    appendFileSync(spool, '');
    const path = join(dir, 'empty.json');
    expect(await writeWorkspace(spool, path, NOW)).toEqual({ regions: 0, documents: 0, targets: 0 });
    expect(parseWorkspace(JSON.parse(readFileSync(path, 'utf8'))).ok).toBe(true);
  });
});
