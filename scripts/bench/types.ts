/**
 * The shape every benchmark module shares, so new figures (quick-exit latency,
 * scan → region) are one more file in scripts/bench/ and one line in bench.ts.
 */
import type { AppBuild } from './workspace';

/** One measured figure, compared with a baseline measured in the same run. */
export interface Figure {
  name: string;
  unit: 'ms' | 'bytes' | 'ratio' | 'count';
  /** The median of `samples` (or the single value of a size). */
  value: number;
  samples: number[];
  baseline?: { name: string; value: number; samples: number[] };
  /** What the figure must stay within; the runner judges it (a benchmark never fails the run). */
  goal?: Goal;
  /** Which of issue 15's four goals this figure belongs to (the summary groups by it). */
  issueGoal?: IssueGoal;
}

/**
 * A goal: the figure's median (`of: 'value'`), or its ratio to the baseline's
 * median (`of: 'ratio'`), at most `max`. Timings are judged by their 95 %
 * interval, so a goal is met only when the noise can't have met it alone.
 */
export interface Goal {
  max: number;
  of: 'value' | 'ratio';
}

/** Issue 15's goals: 1 offline reopen, 2 first visit, 3 first-paint bytes, 4 what must not regress. */
export type IssueGoal = 1 | 2 | 3 | 4;

/** What a module gets from the runner. */
export interface BenchContext {
  /** Runs per timing (≥ 5); each timing figure is their median. */
  runs: number;
  /** A temp folder the module may write into; removed after the run. */
  workDir: string;
  /** Builds the app (once per variant) from a temp copy of the repo. */
  build(variant: AppBuild['variant']): Promise<AppBuild>;
}

/** One benchmark: a name and a function that measures. */
export interface BenchModule {
  name: string;
  describe: string;
  /** The issue 15 goals its figures judge: a module that fails leaves them unmet. */
  issueGoals: readonly IssueGoal[];
  run(context: BenchContext): Promise<Figure[]>;
}
