// @vitest-environment node
/** The landmark bound must never exceed the walk it bounds, or A* would return longer routes. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/domain/network/graph';
import { graphLandmarks } from '../../../src/domain/network/landmarks';
import { costAt, explore } from '../../../src/domain/network/search';
import { profileWeights } from '../../../src/domain/network/weights';
import { networkLines } from '../../fixtures/network';

describe('graphLandmarks on the real network', () => {
  const { graph } = buildGraph(networkLines());
  const landmarks = graphLandmarks(graph);
  const n = graph.nodeCount;
  const bound = (v: number, t: number) => {
    let b = 0;
    for (let k = 0; k < landmarks.count; k++) b = Math.max(b, Math.abs(landmarks.metres[k * n + t]! - landmarks.metres[k * n + v]!) || 0);
    return b;
  };

  it('picks far-apart landmarks: every pair of them at least 1 km apart on foot', () => {
    expect(landmarks.count).toBe(8);
    const ids = Array.from({ length: landmarks.count }, (_, k) => landmarks.metres.subarray(k * n, (k + 1) * n).indexOf(0));
    for (const a of ids) for (const b of ids) if (a !== b) expect(landmarks.metres[ids.indexOf(a) * n + b]).toBeGreaterThan(1000);
  });

  it('never bounds a walk by more than its length, and is tight on average', () => {
    const { weight } = profileWeights(graph, 'shortest');
    let ratio = 0;
    let pairs = 0;
    for (let s = 0; s < n; s += 97) {
      const e = explore(graph, weight, [{ node: s, cost: 0, length: 0 }]);
      for (let t = 0; t < n; t += 31) {
        const d = costAt(e, t);
        expect(bound(s, t)).toBeLessThanOrEqual(d + 1e-6);
        if (d > 500) {
          ratio += bound(s, t) / d;
          pairs++;
        }
      }
    }
    expect(ratio / pairs).toBeGreaterThan(0.6);
  });
});
