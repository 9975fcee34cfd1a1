/**
 * Visiting order of stops from a cost matrix. Stop 0 is always the start; a loop returns to it,
 * a one-way walk ends wherever is cheapest. Exact (Held–Karp) for small counts, else nearest
 * neighbour improved by 2-opt.
 */

/** `m[i][j]`: cost of walking from stop i to stop j. */
export type CostMatrix = readonly (readonly number[])[];

/** Up to this many stops the order is exact: Held–Karp is 2^(n-1)·n² steps. */
export const EXACT_STOPS = 8;

const at = (m: CostMatrix, i: number, j: number) => (m[i] as readonly number[])[j] as number;

/**
 * Total cost of visiting the stops in `order`, back to the first when `loop`.
 * @example tourCost([[0, 1], [1, 0]], [0, 1], true) // 2
 */
export function tourCost(m: CostMatrix, order: readonly number[], loop: boolean): number {
  let sum = 0;
  for (let i = 1; i < order.length; i++) sum += at(m, order[i - 1] as number, order[i] as number);
  if (loop && order.length > 1) sum += at(m, order.at(-1) as number, order[0] as number);
  return sum;
}

/**
 * The cheapest order, exactly (Held–Karp dynamic programme over subsets of stops 1..n-1).
 * @example exactOrder(square, true) // [0, 1, 2, 3]
 */
export function exactOrder(m: CostMatrix, loop: boolean): number[] {
  const n = m.length;
  if (n <= 2) return [...Array(n).keys()];
  const k = n - 1;
  const full = (1 << k) - 1;
  const cost = new Float64Array((full + 1) * k).fill(Infinity);
  const prev = new Int8Array((full + 1) * k).fill(-1);
  for (let j = 0; j < k; j++) cost[(1 << j) * k + j] = at(m, 0, j + 1);
  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < k; j++) {
      const here = cost[mask * k + j] as number;
      if (!(mask & (1 << j)) || here === Infinity) continue;
      for (let next = 0; next < k; next++) {
        if (mask & (1 << next)) continue;
        const slot = (mask | (1 << next)) * k + next;
        const c = here + at(m, j + 1, next + 1);
        if (c < (cost[slot] as number)) [cost[slot], prev[slot]] = [c, j];
      }
    }
  }
  let last = 0;
  let best = Infinity;
  for (let j = 0; j < k; j++) {
    const c = (cost[full * k + j] as number) + (loop ? at(m, j + 1, 0) : 0);
    if (c < best) [best, last] = [c, j];
  }
  const order: number[] = [];
  for (let mask = full, j = last; j !== -1; ) {
    order.push(j + 1);
    const p = prev[mask * k + j] as number;
    mask &= ~(1 << j);
    j = p;
  }
  return [0, ...order.reverse()];
}

/**
 * Greedy order: from stop 0, always on to the cheapest unvisited stop.
 * @example nearestNeighbour(m) // [0, 3, 1, 2]
 */
export function nearestNeighbour(m: CostMatrix): number[] {
  const order = [0];
  const left = new Set([...Array(m.length).keys()].slice(1));
  while (left.size > 0) {
    const from = order.at(-1) as number;
    let pick = -1;
    for (const j of left) if (pick === -1 || at(m, from, j) < at(m, from, pick)) pick = j;
    order.push(pick);
    left.delete(pick);
  }
  return order;
}

/**
 * Improves an order by reversing stretches while any reversal makes it cheaper (stop 0 stays first).
 * Never returns a costlier order than it was given.
 */
export function twoOpt(m: CostMatrix, start: readonly number[], loop: boolean): number[] {
  let order = [...start];
  let best = tourCost(m, order, loop);
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 1; i < order.length - 1; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const candidate = [...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)];
        const c = tourCost(m, candidate, loop);
        if (c < best - 1e-9) [order, best, improved] = [candidate, c, true];
      }
    }
  }
  return order;
}

/**
 * The order to visit the stops in: exact up to `EXACT_STOPS`, else nearest neighbour + 2-opt.
 * @example optimiseOrder(m, false) // [0, 2, 1, 3]
 */
export function optimiseOrder(m: CostMatrix, loop: boolean): number[] {
  return m.length <= EXACT_STOPS ? exactOrder(m, loop) : twoOpt(m, nearestNeighbour(m), loop);
}
