/**
 * A hash table from rounded coordinates to vertex ids, on typed arrays: noding a city network
 * touches every vertex, and string keys would dominate the build time.
 */

/** Coordinates equal after rounding to this many degrees (~1 cm) are the same vertex. */
export const VERTEX_PRECISION = 1e-7;
const SCALE = 1 / VERTEX_PRECISION;

/** Rounded integer grid coordinate; fits an int32 for any longitude or latitude. */
export const gridOf = (deg: number): number => Math.round(deg * SCALE);

export class VertexTable {
  private readonly keyX: Int32Array;
  private readonly keyY: Int32Array;
  /** Vertex id + 1 per slot; 0 is empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  size = 0;

  /** @param capacity the most distinct vertices that will be added */
  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
    this.keyX = new Int32Array(Math.max(1, capacity));
    this.keyY = new Int32Array(Math.max(1, capacity));
  }

  /** The id of the vertex at grid position (x, y), adding it if new. */
  id(x: number, y: number): number {
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca77)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const s = this.slots[h] as number;
      if (s === 0) {
        const id = this.size++;
        this.keyX[id] = x;
        this.keyY[id] = y;
        this.slots[h] = id + 1;
        return id;
      }
      if (this.keyX[s - 1] === x && this.keyY[s - 1] === y) return s - 1;
      h = (h + 1) & this.mask;
    }
  }
}
