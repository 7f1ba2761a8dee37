import { describe, expect, it } from 'vitest';
import { budgetsWith } from '../import/budgets';
import { INLINE_MAX_BYTES, inlineTask, mayRunInline } from './inline';
import type { ExtractOptions } from './options';
import type { Task } from './protocol';

const options = (files: string[], more: Partial<ExtractOptions> = {}): ExtractOptions => ({
  format: 'json',
  out: null,
  files,
  jobs: null,
  shard: null,
  resume: false,
  workspace: null,
  ocr: true,
  budgets: budgetsWith(),
  ...more,
});
const task = (path: string, size = 6000, index = 0): Task => ({ index, file: path, path: `/plans/${path}`, size });

describe('which runs read their one file on the main thread', () => {
  it('takes one small TXT, Markdown or HTML file, whatever --jobs and --format say', () => {
    for (const name of ['plan.txt', 'plan.TEXT', 'plan.md', 'plan.markdown', 'plan.html', 'plan.htm']) {
      expect(inlineTask([task(name)], options([name])), name).not.toBeNull();
    }
    expect(inlineTask([task('plan.txt')], options(['plan.txt'], { jobs: 4, format: 'csv', out: 'out.csv' }))).not.toBeNull();
    expect(inlineTask([task('plan.txt', INLINE_MAX_BYTES)], options(['plan.txt']))).not.toBeNull();
  });

  it('keeps the worker thread (its watchdog and heap limit) for containers, scans, large files and several files', () => {
    for (const name of ['plan.pdf', 'plan.docx', 'scan.png', 'plan.doc']) expect(inlineTask([task(name)], options([name])), name).toBeNull();
    expect(inlineTask([task('plan.txt', INLINE_MAX_BYTES + 1)], options(['plan.txt']))).toBeNull();
    expect(inlineTask([task('a.txt'), task('b.txt', 6000, 1)], options(['a.txt', 'b.txt']))).toBeNull();
    // A folder holding one text file: the file's count is known only after the walk, and a folder usually holds many.
    expect(mayRunInline(options(['corpus/']))).toBe(false);
    expect(inlineTask([task('corpus/a.txt')], options(['corpus/']))).toBeNull();
  });

  it('keeps it for --resume, --shard and --workspace, and when the tests hook a thread to hang, fill its heap or die', () => {
    const one = [task('plan.txt')];
    expect(inlineTask(one, options(['plan.txt'], { resume: true, format: 'jsonl', out: 'o.jsonl' }))).toBeNull();
    expect(inlineTask(one, options(['plan.txt'], { shard: { index: 1, count: 2 } }))).toBeNull();
    expect(inlineTask(one, options(['plan.txt'], { workspace: 'study.json' }))).toBeNull();
    for (const hook of ['PLANBENCH_WORKER_HANG_ON', 'PLANBENCH_WORKER_HOG_ON', 'PLANBENCH_WORKER_CRASH_ON']) {
      expect(mayRunInline(options(['plan.txt']), { [hook]: 'other.txt' }), hook).toBe(false);
      expect(inlineTask(one, options(['plan.txt']), { [hook]: 'other.txt' }), hook).toBeNull();
    }
    expect(inlineTask(one, options(['plan.txt']), {})).not.toBeNull();
  });

  it('keeps it when the time or heap budget is lowered below what the file may take', () => {
    const big = [task('plan.txt', INLINE_MAX_BYTES)];
    expect(inlineTask(big, options(['plan.txt'], { budgets: budgetsWith({ workerMemoryMb: 64 }) }))).toBeNull();
    expect(inlineTask(big, options(['plan.txt'], { budgets: budgetsWith({ timeMs: 1000 }) }))).toBeNull();
    // A small plan is still far under those budgets.
    expect(inlineTask([task('plan.txt', 6000)], options(['plan.txt'], { budgets: budgetsWith({ workerMemoryMb: 64, timeMs: 1000 }) }))).not.toBeNull();
  });
});
