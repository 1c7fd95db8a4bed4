/**
 * npm run validate [file…]: checks events documents (default: events/*.json) and prints
 * every problem, then, apart, every review note (a title quoting words no quote has, what a
 * draft says to check, a date the date engine reads differently from its phrase…).
 * Exit 0: all valid, notes or not; 1: problems found; 2: wrong usage.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ENGINE_CHECKS } from '../src/validate/engineChecks.ts';
import { formatProblem } from '../src/validate/formatProblem.ts';
import { parseEventsJson } from '../src/validate/parseEventsJson.ts';
import type { Problem, ValidateOptions } from '../src/types.ts';
import { validateDocument } from '../src/validate/validateDocument.ts';

const USAGE = 'usage: npm run validate [file.json …]   (default: every events/*.json document)';

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const files = args.length > 0 ? args : defaultFiles();
  let failed = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      console.error(
        `${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n${USAGE}`,
      );
      return 2;
    }
    const found = validateFile(file, bytes);
    const errors = found.filter((problem) => problem.severity !== 'review');
    const notes = found.filter((problem) => problem.severity === 'review');
    if (errors.length === 0) {
      console.log(
        `${file}: valid${notes.length === 0 ? '' : `, with ${plural(notes.length, 'review note')}`}`,
      );
    } else {
      failed += 1;
      console.log(`${file}: ${plural(errors.length, 'problem')}`);
      for (const problem of errors) console.log(`  ${formatProblem(problem)}`);
      if (notes.length > 0) console.log(`${file}: and ${plural(notes.length, 'review note')}`);
    }
    for (const note of notes) console.log(`  review: ${formatProblem(note)}`);
  }
  return failed === 0 ? 0 : 1;
}

function validateFile(file: string, bytes: Uint8Array): Problem[] {
  const parsed = parseEventsJson(bytes);
  if (!parsed.ok) return [parsed.problem];
  return validateDocument(parsed.value, { ...readSourceText(file, parsed.value), ...ENGINE_CHECKS }).problems;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The source text named by the document, next to it, or why it cannot be read. */
function readSourceText(file: string, value: unknown): ValidateOptions {
  const path = (value as { source?: { text?: unknown } } | null)?.source?.text;
  if (typeof path !== 'string') return { sourceTextMissing: 'the document names none' };
  const where = resolve(dirname(file), path);
  try {
    return { sourceText: readFileSync(where, 'utf8') };
  } catch (error) {
    return {
      sourceTextMissing: `${relative('.', where)}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
}

function defaultFiles(): string[] {
  return readdirSync('events')
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => join('events', name));
}

process.exit(main(process.argv.slice(2)));
