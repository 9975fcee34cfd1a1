// @vitest-environment node
/** A search told which nodes it is for may stop once they are settled: their costs must not change. */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../../src/data';
import { costAt, explore } from '../../../src/domain/network/search';
import { profileWeights } from '../../../src/domain/network/weights';
import { siteNetwork } from '../../../src/domain/walk';
import { networkLines } from '../../fixtures/network';

const sites = loadEmbeddedData().sites.value;
const { graph, anchors } = siteNetwork(networkLines(), sites);

describe('explore until the targets are settled', () => {
  it('gives every target the same cost as a search of the whole network, from every site, under every profile used', () => {
    const nodes = [...anchors.values()].map((a) => a.node);
    for (const profile of ['shortest', 'step-free'] as const) {
      const { weight } = profileWeights(graph, profile);
      for (const [i, source] of nodes.entries()) {
        const targets = nodes.filter((_, k) => (k * 7 + i) % 5 === 0);
        const full = explore(graph, weight, [{ node: source, cost: 0, length: 0 }]);
        const whole = targets.map((t) => costAt(full, t));
        const early = explore(graph, weight, [{ node: source, cost: 0, length: 0 }], Infinity, targets);
        expect(targets.map((t) => costAt(early, t))).toEqual(whole);
      }
    }
  });

  it('stops early: a near target settles far fewer nodes than the whole network', () => {
    const { weight } = profileWeights(graph, 'shortest');
    const a = anchors.get('warorot-market')!.node;
    const b = anchors.get('ton-lamyai-market')!.node;
    const e = explore(graph, weight, [{ node: a, cost: 0, length: 0 }], Infinity, [b]);
    let settled = 0;
    for (let n = 0; n < graph.nodeCount; n++) if (e.done[n] === e.gen) settled++;
    expect(settled).toBeLessThan(graph.nodeCount / 10);
  });
});
