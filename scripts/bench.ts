/**
 * `npm run bench`: figures that matter to a person on a cheap phone, each the
 * median of several runs and set against a baseline measured in the same run
 * (absolute times differ from machine to machine; ratios travel). Prints a
 * table and writes bench/results/<timestamp>.json. A benchmark, not a test:
 * it reports goals, it does not fail on them. A timing meets its goal only
 * when its 95 % interval does: a median alone can land under the line by luck.
 *
 *   tsx scripts/bench.ts [--runs 21] [--only offline-reopen,first-visit,first-paint,scale,quick-exit,scan-switch]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { breakdown } from './bench/breakdown';
import { firstPaint } from './bench/first-paint';
import { firstVisitBench } from './bench/first-visit';
import { offlineReady } from './bench/offline-ready';
import { offlineReopen } from './bench/offline-reopen';
import { quickExit } from './bench/quick-exit';
import { scanSwitch } from './bench/scan-switch';
import { scale } from './bench/scale';
import type { BenchModule, Figure, IssueGoal } from './bench/types';
import {
  goalMark,
  medianInterval,
  ratioInterval,
  verdictFor,
  type Interval,
  type Verdict,
} from './bench/stats';
import { buildVariant, type AppBuild } from './bench/workspace';

/** Every benchmark, in the order they run. Add a module here. */
const modules: BenchModule[] = [
  offlineReopen,
  breakdown,
  firstVisitBench,
  offlineReady,
  firstPaint,
  scale,
  quickExit,
  scanSwitch,
];

/** Issue 15's four goals, as the summary names them. */
const issueGoals: Record<IssueGoal, string> = {
  1: 'offline reopen ≤ 1.2× the one-file page (and a disguise to its cover)',
  2: 'first visit on a slow network ≤ 1.5× the one-file page',
  3: 'first paint ≤ 30 kB gzip JS+CSS in ≤ 3 requests per entry',
  4: 'keep: quick exit, scan → region ≤ 100 ms, 200 regions flat',
};

/**
 * Enough for an interval to decide a goal: with 7 runs (21 reopens, 21 exits)
 * a reopen's interval spanned about ±0.15× and left goals 1 and 4 undecided in
 * a run whose 21-run repeat decided every one (bench/README.md). 15–20
 * minutes on a quiet 2-core machine (offline-ready alone takes 6, whatever
 * the runs); `--runs 7` is a quicker look.
 */
const DEFAULT_RUNS = 21;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

function formatValue(value: number, unit: Figure['unit']): string {
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === 'bytes') return `${Math.round(value)} B`;
  if (unit === 'count') return String(value);
  return `${value.toFixed(2)}×`;
}

/** A figure set against its goal: the estimate, where it probably lies, and what that says. */
interface Judged {
  figure: Figure;
  ratio?: number;
  /** The 95 % interval of what the goal is about (ms or ratio); none for sizes, which are exact. */
  interval?: Interval;
  /** What the interval is of: the figure's own unit, or its ratio to the baseline. */
  intervalUnit?: Figure['unit'];
  verdict?: Verdict;
}

/** Bytes and counts are exact; a timing is judged by its interval, not by its median alone. */
function judge(figure: Figure): Judged {
  const ratio = figure.baseline ? figure.value / figure.baseline.value : undefined;
  const exact = figure.unit === 'bytes' || figure.unit === 'count';
  const aboutRatio = figure.goal ? figure.goal.of === 'ratio' : figure.baseline !== undefined;
  const intervalUnit = aboutRatio ? 'ratio' : figure.unit;
  let interval: Interval | undefined;
  if (!exact && figure.samples.length >= 5) {
    const baseline = figure.baseline?.samples ?? [];
    if (!aboutRatio) interval = medianInterval(figure.samples);
    else if (baseline.length >= 5) interval = ratioInterval(figure.samples, baseline);
  }
  if (!figure.goal) return { figure, ratio, interval, intervalUnit };
  const estimate = figure.goal.of === 'ratio' ? ratio : figure.value;
  if (estimate === undefined) throw new Error(`${figure.name}: a ratio goal needs a baseline`);
  const verdict = interval
    ? verdictFor(interval, figure.goal.max)
    : estimate <= figure.goal.max
      ? 'met'
      : 'not met';
  return { figure, ratio, interval, intervalUnit, verdict };
}

const marks: Record<Verdict, string> = { met: '✓', 'not met': '✗', undecided: '≈' };

function goalText({ figure, verdict }: Judged): string {
  if (!figure.goal || !verdict) return '';
  const { max, of } = figure.goal;
  const limit =
    of === 'ratio'
      ? `${max}× baseline`
      : `${max}${figure.unit === 'count' ? '' : ` ${figure.unit === 'bytes' ? 'B' : 'ms'}`}`;
  return `≤ ${limit} ${marks[verdict]}${verdict === 'undecided' ? ' (undecided)' : ''}`;
}

function intervalText({ interval, intervalUnit }: Judged): string {
  if (!interval || !intervalUnit) return '';
  return `${formatValue(interval.low, intervalUnit)}–${formatValue(interval.high, intervalUnit)}`;
}

function printTable(rows: Array<{ module: string; judged: Judged }>): void {
  const table = rows.map(({ module, judged }) => {
    const { figure, ratio } = judged;
    return [
      module,
      figure.name,
      formatValue(figure.value, figure.unit),
      figure.baseline
        ? `${formatValue(figure.baseline.value, figure.unit)} (${figure.baseline.name})`
        : '',
      ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
      intervalText(judged),
      goalText(judged),
    ];
  });
  const header = ['bench', 'figure', 'median', 'baseline', 'ratio', '95% interval', 'goal'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((cells) => (cells[column] ?? '').length)),
  );
  for (const cells of [header, ...table]) {
    console.log(cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  }
}

/**
 * One line per goal of issue 15: ✓ when every figure for it met its goal, ✗
 * when one surely did not, ≈ when the runs could not tell (more runs narrow it).
 */
function printGoals(
  rows: Array<{ module: string; judged: Judged }>,
  failed: readonly BenchModule[],
): void {
  console.log(
    '\nIssue 15 goals (✓ met, ✗ not met, ≈ undecided: the 95 % interval straddles the goal)',
  );
  for (const goal of [1, 2, 3, 4] as const) {
    const judged = rows.map((row) => row.judged).filter((row) => row.figure.issueGoal === goal);
    // Each figure in the terms of its own goal: a ratio, or a value (ms, bytes).
    const figures = judged
      .map(({ figure, ratio }) =>
        figure.goal?.of === 'ratio' && ratio !== undefined
          ? `${ratio.toFixed(2)}×`
          : formatValue(figure.value, figure.unit),
      )
      .join(', ');
    const broken = failed.filter((module) => module.issueGoals.includes(goal));
    const mark = goalMark(
      judged.flatMap((row) => (row.verdict ? [row.verdict] : [])),
      broken.map((module) => module.name),
    );
    console.log(`  ${goal}. ${issueGoals[goal]}: ${figures || '—'} ${mark}`);
  }
}

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be a whole number ≥ 5');
  const only = option('only')?.split(',');
  const selected = modules.filter((module) => !only || only.includes(module.name));
  if (selected.length === 0) {
    throw new Error(`no bench named ${only?.join(', ')}; known: ${modules.map((m) => m.name)}`);
  }

  const workDir = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
  const builds = new Map<AppBuild['variant'], AppBuild>();
  const build = async (variant: AppBuild['variant']): Promise<AppBuild> => {
    const built = builds.get(variant) ?? buildVariant(workDir, variant);
    builds.set(variant, built);
    return built;
  };

  const rows: Array<{ module: string; judged: Judged }> = [];
  const failed: BenchModule[] = [];
  try {
    for (const module of selected) {
      console.log(`▶ ${module.name}: ${module.describe} (${runs} runs)`);
      try {
        for (const figure of await module.run({ runs, workDir, build })) {
          rows.push({ module: module.name, judged: judge(figure) });
        }
      } catch (error) {
        // One broken module must not throw away the figures the others took minutes to measure.
        failed.push(module);
        console.error(
          `  ✗ ${module.name} failed: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  console.log('');
  printTable(rows);
  printGoals(rows, failed);
  const results = join(import.meta.dirname, '..', 'bench', 'results');
  mkdirSync(results, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(results, `${stamp}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
        runs,
        failed: failed.map((module) => module.name),
        figures: rows.map(({ module, judged }) => ({
          module,
          ...judged.figure,
          ratio: judged.ratio,
          interval: judged.interval,
          verdict: judged.verdict,
        })),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWritten to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
