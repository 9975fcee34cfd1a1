/**
 * A small orienteering solver: choose and order nodes to maximise a set value within a time
 * budget, on a walk from `start` to `end`. Deterministic heuristic (no randomness):
 * 1. locked nodes by cheapest insertion, then 2-opt;
 * 2. greedy insertion: repeatedly add the node with the best gain per added minute (ties: larger
 *    gain, then the earlier candidate), each at its cheapest position, while it fits;
 * 3. 2-opt on the order (shorter walks free time), then insert again;
 * 4. drop/add: swap a chosen node for an unchosen one when the value rises (or stays equal and the
 *    trip gets shorter), then insert and 2-opt again; repeat until nothing improves.
 * Steps 2–4 run twice, once ranking by gain per minute and once by gain alone; the better wins.
 */
export type OrienteeringProblem = {
  /** Whole minutes between nodes; Infinity: no walk. */
  walk: readonly (readonly number[])[];
  start: number;
  end: number;
  /** Minutes spent at each node when it is visited (visit + buffer). */
  stay: readonly number[];
  /** Minutes outside the stops and walks (start and end buffers). */
  fixed: number;
  budget: number;
  locked: readonly number[];
  candidates: readonly number[];
  /** Value of a set of nodes (higher is better; adding a node never lowers it). */
  value: (nodes: readonly number[]) => number;
  maxStops: number;
};

export type OrienteeringResult = { order: number[] } | { error: 'locked-over-budget'; minimum: number; order: number[] } | { error: 'locked-unreachable'; node: number };

const MAX_ROUNDS = 50;

/** Minutes of a trip visiting `order` between start and end. */
export function tripMinutes(p: OrienteeringProblem, order: readonly number[]): number {
  let total = p.fixed;
  let prev = p.start;
  for (const n of order) {
    total += (p.walk[prev]?.[n] ?? Infinity) + (p.stay[n] ?? 0);
    prev = n;
  }
  return total + (p.walk[prev]?.[p.end] ?? Infinity);
}

function cheapestInsertion(p: OrienteeringProblem, order: readonly number[], node: number): number[] {
  let best: number[] = [...order, node];
  let bestCost = tripMinutes(p, best);
  for (let k = 0; k < order.length; k++) {
    const tried = [...order.slice(0, k), node, ...order.slice(k)];
    const cost = tripMinutes(p, tried);
    if (cost < bestCost) [best, bestCost] = [tried, cost];
  }
  return best;
}

function twoOpt(p: OrienteeringProblem, order: number[]): number[] {
  let best = order;
  let bestCost = tripMinutes(p, best);
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < best.length - 1; i++) {
      for (let j = i + 1; j < best.length; j++) {
        const tried = [...best.slice(0, i), ...best.slice(i, j + 1).reverse(), ...best.slice(j + 1)];
        const cost = tripMinutes(p, tried);
        if (cost < bestCost) [best, bestCost, improved] = [tried, cost, true];
      }
    }
  }
  return best;
}

type Rank = 'ratio' | 'gain';

function fill(p: OrienteeringProblem, order: number[], rank: Rank): number[] {
  let current = order;
  for (;;) {
    if (current.length >= p.maxStops) return current;
    const [cost, value] = [tripMinutes(p, current), p.value(current)];
    let pick: { order: number[]; key: number; gain: number } | null = null;
    for (const c of p.candidates) {
      if (current.includes(c)) continue;
      const tried = cheapestInsertion(p, current, c);
      const added = tripMinutes(p, tried) - cost;
      const gain = p.value(tried) - value;
      if (gain <= 0 || cost + added > p.budget) continue;
      const key = rank === 'ratio' ? gain / Math.max(added, 1) : gain;
      if (!pick || key > pick.key || (key === pick.key && gain > pick.gain)) pick = { order: tried, key, gain };
    }
    if (!pick) return current;
    current = pick.order;
  }
}

/** One improving drop/add swap, or null. */
function swap(p: OrienteeringProblem, order: number[]): number[] | null {
  const [cost, value] = [tripMinutes(p, order), p.value(order)];
  for (const out of order) {
    if (p.locked.includes(out)) continue;
    const without = order.filter((n) => n !== out);
    for (const c of p.candidates) {
      if (order.includes(c)) continue;
      const inserted = cheapestInsertion(p, without, c);
      const tv = p.value(inserted);
      if (tv < value) continue;
      const tried = twoOpt(p, inserted);
      const tc = tripMinutes(p, tried);
      if (tc <= p.budget && (tv > value || (tv === value && tc < cost))) return tried;
    }
  }
  return null;
}

function improve(p: OrienteeringProblem, base: number[], rank: Rank): number[] {
  let order = twoOpt(p, fill(p, base, rank));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = swap(p, order);
    if (!next) break;
    order = twoOpt(p, fill(p, next, rank));
  }
  return order;
}

const better = (p: OrienteeringProblem, a: number[], b: number[]) =>
  p.value(a) > p.value(b) || (p.value(a) === p.value(b) && tripMinutes(p, a) < tripMinutes(p, b));

/**
 * @example solveOrienteering({ walk, start: 0, end: 0, stay, fixed: 20, budget: 120, locked: [], candidates: [1, 2, 3], value, maxStops: 12 })
 */
export function solveOrienteering(p: OrienteeringProblem): OrienteeringResult {
  let base: number[] = [];
  for (const n of p.locked) base = cheapestInsertion(p, base, n);
  base = twoOpt(p, base);
  const minimum = tripMinutes(p, base);
  if (minimum === Infinity) {
    const node = p.locked.find((n) => tripMinutes(p, [n]) === Infinity) ?? (p.locked[0] as number);
    return { error: 'locked-unreachable', node };
  }
  if (minimum > p.budget) return { error: 'locked-over-budget', minimum, order: base };
  const byRatio = improve(p, base, 'ratio');
  const byGain = improve(p, base, 'gain');
  return { order: better(p, byGain, byRatio) ? byGain : byRatio };
}
