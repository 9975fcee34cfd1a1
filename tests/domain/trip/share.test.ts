// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeTrip, encodeTrip, type SharedTrip } from '../../../src/domain/trip/share';
import { brief, realData } from './fixtures';

const { sites } = realData();
const known = new Set(sites.map((s) => s.properties.id));
/** The ten longest site ids: the worst case for the link's length. */
const longest = [...known].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 10);

const trip: SharedTrip = {
  name: 'ป.5 เดินเลียบคลองแม่ข่า',
  brief: brief({ pace: 2.8, buffers: { perStop: 5, start: 15, end: 10 }, subjects: ['water-ecology', 'culture'], start: { kind: 'point', lng: 98.99351, lat: 18.78772, label: 'โรงเรียนของเรา' } }),
  stops: longest.map((id, i) => ({ id, locked: i % 3 === 0 })),
};

describe('share links', () => {
  it('round-trip a trip, locks and pace included', () => {
    const out = decodeTrip(encodeTrip(trip), known);
    expect(out).toEqual({ ok: true, trip, unknown: [] });
  });

  it('stay short enough for a readable QR code with the ten longest site ids', () => {
    const code = encodeTrip(trip);
    expect(code).toMatch(/^\.?[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(600);
  });

  it('open the known stops and name the unknown ones', () => {
    const withGone = { ...trip, brief: brief({ end: { kind: 'site', id: 'closed-museum' } }), stops: [{ id: 'gone-site', locked: false }, { id: 'wat-hua-fai', locked: true }] };
    const out = decodeTrip(encodeTrip(withGone), known);
    expect(out.ok && out.trip.stops).toEqual([{ id: 'wat-hua-fai', locked: true }]);
    expect(out.ok && out.unknown).toEqual([
      { id: 'closed-museum', where: 'end' },
      { id: 'gone-site', where: 'stop' },
    ]);
  });

  it('a damaged link is a named problem', () => {
    expect(decodeTrip('not-a-trip', known)).toMatchObject({ ok: false, problem: { key: 'trip.share.unreadable' } });
    expect(decodeTrip(encodeTrip(trip).slice(0, 40), known)).toMatchObject({ ok: false, problem: { key: 'trip.share.unreadable' } });
  });
});
