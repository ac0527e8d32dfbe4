/** The bench's table (scripts/bench.ts): the ratios docs/performance.md quotes are computed right. */
import { describe, expect, it } from 'vitest';
import { reportTable, type BenchReport } from '../../scripts/bench.ts';

const stats = { pages: 34_147, bytes: 605_200_000, files: 72_206, feeds: 1_629, pagefindBytes: 20_600_000, pagefindFiles: 6_403 };
const build = (wallMs: number, cpuMs: number) => ({
  exitCode: 0, wallMs, cpuMs, peakTreeRssBytes: 2_400_000_000, timeline: [], load: [1, 2] as [number, number], logPath: '/dev/null',
  outDir: '/tmp/none', stats, phases: {},
});

function report(cores: number): BenchReport {
  return {
    entries: 10_000,
    seed: 7,
    date: '2027-03-01T12:00:00.000Z',
    machine: { cores, memoryGiB: 23.5, freeGiB: 20, cpu: 'test', node: 'v24' },
    validate: { exitCode: 0, wallMs: 1_300, peakTreeRssBytes: 1, timeline: [], load: [0, 0], logPath: '/dev/null' },
    full: build(53_100, 81_700),
    floor: build(24_800, 19_600),
  };
}

const rowOf = (table: string, label: string) => table.split('\n').find((line) => line.startsWith(`| ${label}`));

describe('the bench table', () => {
  it('gives the wall-time ratio against the floor', () => {
    expect(rowOf(reportTable(report(2)), 'wall time (s)')).toBe('| wall time (s) | 53.1 | 24.8 | 2.14 × |');
  });

  it("bounds the ratio by the build's CPU time spread over every core", () => {
    // 81.7 CPU-seconds on 2 cores take at least 40.85 s: 1.65 × the floor's 24.8 s.
    expect(rowOf(reportTable(report(2)), 'lower bound')).toBe("| lower bound: CPU ÷ 2 cores (s), against the floor's wall time | 40.9 |  | 1.65 × |");
    expect(rowOf(reportTable(report(4)), 'lower bound')).toBe("| lower bound: CPU ÷ 4 cores (s), against the floor's wall time | 20.4 |  | 0.82 × |");
  });
});
