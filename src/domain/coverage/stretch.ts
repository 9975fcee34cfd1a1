/**
 * Maximal runs of neighbouring samples (same waterway and line part) that are all covered or all
 * not. A run spans its samples' shares of the line, so runs tile each line part without overlap.
 */
import { meters } from '../types';
import type { Sample, Stretch } from './types';

const sameLine = (a: Sample | undefined, b: Sample | undefined) => !!a && !!b && a.waterway === b.waterway && a.part === b.part;

/** Metres along the line part where sample i's share begins and ends. */
export function shareOf(samples: readonly Sample[], i: number): { lo: number; hi: number } {
  const s = samples[i] as Sample;
  const prev = samples[i - 1];
  const next = samples[i + 1];
  return {
    lo: sameLine(prev, s) ? (s.along + (prev as Sample).along) / 2 : s.along,
    hi: sameLine(next, s) ? (s.along + (next as Sample).along) / 2 : s.along,
  };
}

/**
 * The covered and gap stretches, in sample order.
 * @example stretches(samples, results.map((r) => r.covered)).filter((s) => s.kind === 'gap')
 */
export function stretches(samples: readonly Sample[], covered: readonly boolean[]): Stretch[] {
  const out: Stretch[] = [];
  let first = 0;
  for (let i = 0; i < samples.length; i++) {
    const endsHere = i + 1 === samples.length || !sameLine(samples[i], samples[i + 1]) || covered[i + 1] !== covered[i];
    if (!endsHere) continue;
    const s = samples[first] as Sample;
    const [from, to] = [shareOf(samples, first).lo, shareOf(samples, i).hi];
    out.push({ waterway: s.waterway, part: s.part, kind: covered[i] ? 'covered' : 'gap', from: meters(from), to: meters(to), length: meters(to - from), first, last: i });
    first = i + 1;
  }
  return out;
}
