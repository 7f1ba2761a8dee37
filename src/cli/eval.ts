// `eval` command: extracts the seed plans and scores their targets against the hand-labelled gold.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractBytes } from '../core/extract/extract';
import type { DocumentMetadata } from '../core/types';
import { formatMetadataScore, parseMetadataIndex, scoreMetadata, type ExpectedMetadata } from '../eval/metadata';
import { achievedForScoring, parseAchievedGold } from '../eval/achieved';
import { parseGold, type GoldDoc } from '../eval/gold';
import { fixed3, formatReport } from '../eval/report';
import { score, type Prediction } from '../eval/score';
import { EVAL_USAGE, parseEvalArgs } from './args';
import { REPO_ROOT, findSeedFile, userPath } from './paths';
import { coreErrorReason, fsErrorReason } from '../batch/reasons';

function warn(message: string): void {
  process.stderr.write(`planbench eval: ${message}\n`);
}

/** Extracted metadata per gold document, for the metadata accuracy. */
const extractedMetadata = new Map<string, DocumentMetadata>();
/** Extracted achievements per document, scored against seeds.achieved.json. */
const extractedAchieved = new Map<string, Prediction>();

function predict(doc: string, dirs: string[]): Prediction | null {
  let file: string | null;
  try {
    file = findSeedFile(doc, dirs);
  } catch (err) {
    warn(`${doc}: ${err instanceof Error ? err.message : String(err)}; its gold targets count as misses`);
    return null;
  }
  if (file === null) {
    warn(`${doc}: not found in ${dirs.join(' or ')}; its gold targets count as misses`);
    return null;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    warn(`${file}: ${fsErrorReason(err)}; its gold targets count as misses`);
    return null;
  }
  try {
    const extracted = extractBytes(bytes);
    if (!extracted.ok) {
      warn(`${file}: ${coreErrorReason(extracted.code)}; its gold targets count as misses`);
      return null;
    }
    extractedMetadata.set(doc, extracted.value.metadata);
    extractedAchieved.set(doc, { doc, text: extracted.value.text, targets: extracted.value.achieved.map(achievedForScoring) });
    return { doc, text: extracted.value.text, targets: extracted.value.targets };
  } catch (err) {
    // The report is still worth having for the other documents; the failure is on stderr.
    warn(`${file}: extraction failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

function opts(limit: number | undefined): { limit?: number } {
  return limit === undefined ? {} : { limit };
}

/** The achievements' gold, or null (with a warning) when it is missing or malformed: the targets are still scored. */
function readAchievedGold(path: string): GoldDoc[] | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const reason = err instanceof SyntaxError ? `not valid JSON (${err.message})` : fsErrorReason(err);
    warn(`${path}: ${reason}; achievements are not scored`);
    return null;
  }
  const parsed = parseAchievedGold(json);
  if (!parsed.ok) {
    warn(`${path}: ${parsed.detail}; achievements are not scored`);
    return null;
  }
  return parsed.value;
}

/** A document only the achievements' gold names. */
function predictAchieved(doc: string, dirs: string[]): Prediction[] {
  predict(doc, dirs);
  const p = extractedAchieved.get(doc);
  return p ? [p] : [];
}

function main(argv: string[]): number {
  const args = parseEvalArgs(argv, process.env);
  if (!args.ok) {
    process.stderr.write(`planbench eval: ${args.detail}\n\n${EVAL_USAGE}`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(EVAL_USAGE);
    return 0;
  }
  const { gold, seeds, limit, json, minF1 } = args.value;
  const goldPath = gold === null ? join(REPO_ROOT, '../shared/gold/seeds.gold.json') : userPath(gold, 'eval');
  let goldJson: unknown;
  try {
    goldJson = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (err) {
    const reason = err instanceof SyntaxError ? `not valid JSON (${err.message})` : fsErrorReason(err);
    warn(`${goldPath}: ${reason}; give the gold file with --gold PATH or PLANBENCH_GOLD`);
    return 2;
  }
  const parsed = parseGold(goldJson);
  if (!parsed.ok) {
    warn(`${goldPath}: ${parsed.detail}`);
    return 2;
  }
  const dirs = seeds === null ? [join(REPO_ROOT, '../shared/seeds'), join(REPO_ROOT, 'seeds')] : [userPath(seeds, 'eval')];
  const predictions = parsed.value.map((d) => predict(d.doc, dirs)).filter((p): p is Prediction => p !== null);
  const result = score(parsed.value, predictions);
  // Achievements: the gold beside the targets' gold (seeds.achieved.json), on the same documents.
  const achievedPath = join(dirname(goldPath), 'seeds.achieved.json');
  const achievedGold = readAchievedGold(achievedPath);
  const achievedResult = achievedGold
    ? score(
        achievedGold,
        achievedGold.flatMap((d) => extractedAchieved.get(d.doc) ?? predictAchieved(d.doc, dirs)),
      )
    : null;
  const indexPath = join(REPO_ROOT, 'seeds', 'index.json');
  let index: ExpectedMetadata[] = [];
  try {
    index = parseMetadataIndex(JSON.parse(readFileSync(indexPath, 'utf8')));
  } catch (err) {
    warn(`${indexPath}: ${err instanceof Error ? err.message : String(err)}; no metadata accuracy`);
  }
  const metadata = scoreMetadata(
    [...extractedMetadata].flatMap(([doc, actual]) => {
      const expected = index.find((e) => e.original === doc || e.file === doc);
      return expected ? [{ doc, expected, actual }] : [];
    }),
  );

  if (json) {
    process.stdout.write(JSON.stringify({ ...result, metadata, ...(achievedResult ? { achieved: achievedResult } : {}) }, null, 2) + '\n');
  } else {
    process.stdout.write(`PlanBench evaluation\ngold:  ${goldPath}\nseeds: ${dirs.join(', then ')}\n\n`);
    process.stdout.write(formatReport(result, opts(limit)));
    process.stdout.write(formatMetadataScore(metadata, 'seeds/index.json', limit));
    if (achievedResult) {
      process.stdout.write(`\nAchievements (figures reported as reached)\ngold:  ${achievedPath}\n\n`);
      process.stdout.write(formatReport(achievedResult, { ...opts(limit), fields: ['op', 'unit', 'year', 'indicator', 'kind', 'year_from'], noun: 'achievements', overallLabel: 'achieved' }));
    }
  }
  const f1 = result.overall.f1 ?? 0;
  if (minF1 !== null && f1 < minF1) {
    warn(`overall F1 ${fixed3(result.overall.f1)} is below --min-f1 ${minF1}`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
