// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeTrip, encodeTrip, TRIP_MAX_STOPS, type SharedTrip } from '../../../src/domain/trip/share';
import { WALK_MAX_STOPS, someOf } from '../../../src/domain/vocab';
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
    expect(out).toEqual({ ok: true, trip, unknown: [], tooMany: null });
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

  it('keep a walk’s stop limit: a link with more stops opens the first ones and says how many it had; repeats count once', () => {
    const ids = [...known];
    const many = { ...trip, stops: [...ids, ...ids].slice(0, 3000).map((id) => ({ id, locked: false })) };
    const out = decodeTrip(encodeTrip(many), known);
    expect(out.ok && out.trip.stops.map((s) => s.id)).toEqual(ids.slice(0, TRIP_MAX_STOPS));
    expect(out.ok && out.tooMany).toEqual({ n: ids.length, max: TRIP_MAX_STOPS });
    expect(TRIP_MAX_STOPS).toBe(WALK_MAX_STOPS);
  });

  it('a damaged link is a named problem', () => {
    expect(decodeTrip('not-a-trip', known)).toMatchObject({ ok: false, problem: { key: 'trip.share.unreadable' } });
    expect(decodeTrip(encodeTrip(trip).slice(0, 40), known)).toMatchObject({ ok: false, problem: { key: 'trip.share.unreadable' } });
  });
});

describe('lists quoted in notices', () => {
  it('name a few values and count the rest', () => {
    expect(someOf(['a', 'b'])).toBe('a, b');
    expect(someOf(Array.from({ length: 5000 }, (_, i) => `stop-${i}`))).toBe('stop-0, stop-1, stop-2, stop-3, stop-4 … (+4995)');
  });
});
