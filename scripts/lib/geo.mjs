/**
 * Plane geometry for the data build scripts: a local metric projection about the old city (error
 * under 0.1 % over the study area, as in the OSM folder's measurements), distances to segments
 * and lines, and positions along a line ("chainage").
 */

const LON0 = 98.99;
const LAT0 = 18.79;
const KY = (Math.PI / 180) * 6371008.8;
const KX = KY * Math.cos((LAT0 * Math.PI) / 180);

/** [lon, lat] → [x, y] in metres east and north of 18.79 N, 98.99 E. */
export const toXY = ([lon, lat]) => [(lon - LON0) * KX, (lat - LAT0) * KY];
/** [x, y] metres → [lon, lat]. */
export const toLonLat = ([x, y]) => [LON0 + x / KX, LAT0 + y / KY];

export const sub = (a, b) => [a[0] - b[0], a[1] - b[1]];
export const dot = (a, b) => a[0] * b[0] + a[1] * b[1];
export const cross = (a, b) => a[0] * b[1] - a[1] * b[0];
export const norm = (a) => Math.hypot(a[0], a[1]);

/** Metres between two [lon, lat] positions. */
export const metres = (a, b) => norm(sub(toXY(a), toXY(b)));

/** Nearest point of segment a–b (metres) to p: the parameter t in [0, 1], the point and the distance. */
export function onSegment(p, a, b) {
  const ab = sub(b, a);
  const l2 = dot(ab, ab);
  const t = l2 === 0 ? 0 : Math.min(1, Math.max(0, dot(sub(p, a), ab) / l2));
  const q = [a[0] + ab[0] * t, a[1] + ab[1] * t];
  return { t, point: q, dist: norm(sub(p, q)) };
}

/** Where segments p1–p2 and q1–q2 (metres) cross: the parameters on each, or null. */
export function segmentsCross(p1, p2, q1, q2) {
  const r = sub(p2, p1);
  const s = sub(q2, q1);
  const d = cross(r, s);
  if (d === 0) return null;
  const w = sub(q1, p1);
  const t = cross(w, s) / d;
  const u = cross(w, r) / d;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? { t, u } : null;
}

/**
 * A polyline in metres with cumulative lengths: nearest position (chainage, distance, side) and
 * the point at a chainage.
 */
export class Polyline {
  /** @param {number[][]} lonLats */
  constructor(lonLats) {
    this.lonLats = lonLats;
    this.pts = lonLats.map(toXY);
    this.cum = [0];
    for (let i = 1; i < this.pts.length; i++) this.cum.push(this.cum[i - 1] + norm(sub(this.pts[i], this.pts[i - 1])));
    this.length = this.cum.at(-1);
  }

  /**
   * The nearest point of the line to a position given in metres: its chainage, its distance, the
   * side (+1 left of the line's direction, −1 right) and the direction of the segment there.
   */
  nearestXY(p) {
    let best = null;
    for (let i = 0; i + 1 < this.pts.length; i++) {
      const a = this.pts[i];
      const b = this.pts[i + 1];
      const hit = onSegment(p, a, b);
      if (best === null || hit.dist < best.dist) {
        const dir = sub(b, a);
        const len = norm(dir) || 1;
        best = {
          dist: hit.dist,
          chainage: this.cum[i] + hit.t * (this.cum[i + 1] - this.cum[i]),
          side: cross(dir, sub(p, a)) >= 0 ? 1 : -1,
          dir: [dir[0] / len, dir[1] / len],
        };
      }
    }
    return best;
  }

  nearest(lonLat) {
    return this.nearestXY(toXY(lonLat));
  }

  /** The [x, y] point at a chainage (clamped to the line). */
  xyAt(chainage) {
    const c = Math.min(this.length, Math.max(0, chainage));
    let i = 0;
    while (i + 2 < this.cum.length && this.cum[i + 1] < c) i++;
    const span = this.cum[i + 1] - this.cum[i] || 1;
    const t = (c - this.cum[i]) / span;
    const [a, b] = [this.pts[i], this.pts[i + 1]];
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  }

  /** The [lon, lat] point at a chainage. */
  at(chainage) {
    return toLonLat(this.xyAt(chainage));
  }

  /** The line's own vertices strictly between two chainages, with the two end points, as [lon, lat]. */
  slice(from, to) {
    const out = [this.at(from)];
    for (let i = 0; i < this.cum.length; i++) if (this.cum[i] > from && this.cum[i] < to) out.push(this.lonLats[i]);
    out.push(this.at(to));
    return out;
  }
}
