// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { added, moved, removed } from '../../src/domain/stop-list';

const id = (x: { id: string }) => x.id;

describe('a stop list’s edits, shared by walks and field trips', () => {
  it('moves a stop, and changes nothing for a move outside the list or onto itself', () => {
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    for (const [from, to] of [[0, 3], [0, -1], [1, 1], [5, 0]]) expect(moved(['a', 'b', 'c'], from!, to!)).toBeNull();
  });

  it('adds at the end, once, up to the limit; removes by id', () => {
    const list = [{ id: 'a', locked: true }];
    expect(added(list, { id: 'b', locked: false }, id)).toEqual([{ id: 'a', locked: true }, { id: 'b', locked: false }]);
    expect(added(list, { id: 'a', locked: false }, id)).toBeNull();
    expect(added(list, { id: 'b', locked: false }, id, 1)).toBeNull();
    expect(removed([{ id: 'a' }, { id: 'b' }], 'a', id)).toEqual([{ id: 'b' }]);
  });
});
