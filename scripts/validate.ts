/**
 * `npm run validate [-- --root <dir>] [--since <git ref>]`: checks every file in events/,
 * organisers/ and venues/ against SPEC §1–2 and prints every problem of every file, one line each,
 * then a count. Exit code 1 when there are errors; warnings alone exit 0.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { readOptions } from './lib/options.ts';
import { formatProblem, loadContent, type Problem } from '../src/lib/content.ts';
import { contentWarnings } from '../src/lib/validation-warnings.ts';
import { buildNow } from '../src/lib/time.ts';

const usage = `Usage: npm run validate [-- --root <dir>] [--since <git ref>]

  --root <dir>       content folder holding events/, organisers/, venues/ (default: current folder)
  --since <git ref>  files missing from this commit count as new (default: HEAD, i.e. not yet committed)`;

/**
 * Paths (relative to root) that git knows at `ref`; undefined when root is not in a git
 * repository, and then every file counts as new.
 */
function committedPaths(root: string, ref: string): Set<string> | undefined {
  const result = spawnSync('git', ['ls-tree', '-r', '--name-only', '-z', ref], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) return undefined;
  return new Set(result.stdout.split('\0').filter(Boolean));
}

/** A GitHub Actions annotation, so problems show on the pull request's changed files. */
function annotation(problem: Problem, root: string): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const file = relative(process.cwd(), resolve(root, problem.path)).split('\\').join('/');
  const level = problem.severity === 'error' ? 'error' : 'warning';
  return `::${level} file=${property(file)},title=${property(problem.field)}::${escape(formatProblem(problem))}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function main(): number {
  const parsed = readOptions({
    options: { root: { type: 'string', default: '.' }, since: { type: 'string', default: 'HEAD' }, help: { type: 'boolean', short: 'h' } },
  }, usage);
  if (typeof parsed === 'number') return parsed;
  const options = parsed.values;
  const root = resolve(options.root);
  const content = loadContent(root);
  const committed = committedPaths(root, options.since);
  const warnings = contentWarnings(content, { now: buildNow(), isNew: (path) => !committed?.has(path) });
  const errors = content.problems.filter((p) => p.severity === 'error');

  const lines = [...errors.map(formatProblem), ...warnings.map((w) => `warning: ${formatProblem(w)}`)];
  if (lines.length > 0) console.log(lines.join('\n'));
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const problem of [...errors, ...warnings]) console.log(annotation(problem, root));
  }
  const checked = new Set([...content.events, ...content.organisers, ...content.venues].map((f) => f.path));
  for (const error of errors) checked.add(error.path);
  const filesWithErrors = new Set(errors.map((e) => e.path)).size;
  const summary = errors.length === 0 ? 'No errors' : `${plural(errors.length, 'error')} in ${plural(filesWithErrors, 'file')}`;
  console.log(`${summary}, ${plural(warnings.length, 'warning')} (${plural(checked.size, 'file')} checked)`);
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main();
