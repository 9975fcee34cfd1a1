/**
 * A binary min-heap of (key, node) pairs in typed arrays, with lazy deletion: a node may be pushed
 * again with a smaller key and the stale entry is skipped by the caller. No objects per push.
 */
export class NodeHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      nodes[i] = nodes[parent] as number;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Key of the smallest entry (Infinity when empty). */
  peekKey(): number {
    return this.size === 0 ? Infinity : (this.keys[0] as number);
  }

  /** Removes the smallest entry and returns its node (call only when size > 0). */
  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0] as number;
    const n = --this.size;
    if (n === 0) return top;
    const key = keys[n] as number;
    const node = nodes[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && (keys[child + 1] as number) < (keys[child] as number)) child++;
      const ck = keys[child] as number;
      if (ck >= key) break;
      keys[i] = ck;
      nodes[i] = nodes[child] as number;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
