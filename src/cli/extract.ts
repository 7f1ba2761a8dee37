// `extract` command: reads plan files, extracts their targets and prints them as JSON, JSON Lines or CSV.
import { readFile, writeFile } from 'node:fs/promises';
import { extractBytes } from '../core/extract';
import { EXTRACT_USAGE, parseExtractArgs } from './args';
import { formatResults, type FileResult } from './format';
import { userPath } from './paths';
import { coreErrorReason, fsErrorReason } from './reasons';

type FileOutcome = { ok: true; result: FileResult } | { ok: false; reason: string };

async function extractFile(file: string): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(userPath(file, 'extract')));
  } catch (err) {
    return { ok: false, reason: fsErrorReason(err) };
  }
  let extracted: ReturnType<typeof extractBytes>;
  try {
    extracted = extractBytes(bytes);
  } catch (err) {
    // A throw here is a bug in the core, not a bad file; the other files still get extracted.
    return { ok: false, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!extracted.ok) return { ok: false, reason: coreErrorReason(extracted.code) };
  const { encoding, metadata, targets } = extracted.value;
  return { ok: true, result: { file, encoding, metadata, targets } };
}

async function main(argv: string[]): Promise<number> {
  const args = parseExtractArgs(argv);
  if (!args.ok) {
    process.stderr.write(`planbench: ${args.error}\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  const results: FileResult[] = [];
  let failed = false;
  for (const file of args.value.files) {
    const outcome = await extractFile(file);
    if (outcome.ok) {
      results.push(outcome.result);
    } else {
      failed = true;
      process.stderr.write(`planbench: ${file}: ${outcome.reason}\n`);
    }
  }
  const text = formatResults(results, args.value.format);
  if (args.value.out === null) {
    process.stdout.write(text);
  } else {
    try {
      await writeFile(userPath(args.value.out, 'extract'), text, 'utf8');
    } catch (err) {
      process.stderr.write(`planbench: ${args.value.out}: ${fsErrorReason(err)}\n`);
      return 1;
    }
  }
  return failed ? 1 : 0;
}

// exitCode rather than process.exit(): output still being flushed to a pipe is not cut off.
process.exitCode = await main(process.argv.slice(2));
