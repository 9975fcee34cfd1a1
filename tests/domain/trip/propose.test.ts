// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTrip } from '../../../src/domain/trip/evaluate';
import { proposeTrip } from '../../../src/domain/trip/propose';
import { lineMatrix, paperBrief, site } from './hand';

describe('proposeTrip on paper', () => {
  it('at equal cost, the stop matching more of the subjects wins', () => {
    const sites = [site('one-theme', ['water'], 45), site('two-themes', ['water', 'ecology'], 45)];
    const out = proposeTrip({ brief: paperBrief(), sites, matrix: lineMatrix({ 'one-theme': 500, 'two-themes': 500 }) });
    expect(out.ok && out.stops.map((s) => s.id)).toEqual(['two-themes']);
  });

  it('at equal cost, a learning or verified site wins over a plain one', () => {
    const sites = [site('plain', ['water'], 45), site('verified', ['water'], 45, { status: 'verified' })];
    const out = proposeTrip({ brief: paperBrief(), sites, matrix: lineMatrix({ plain: 500, verified: 500 }) });
    expect(out.ok && out.stops.map((s) => s.id)).toEqual(['verified']);
  });

  it('a site that matches no subject is proposed only to fill spare time, and says so', () => {
    const sites = [site('market', ['economy'], 5), site('bridge', ['water'], 5)];
    const out = proposeTrip({ brief: paperBrief(), sites, matrix: lineMatrix({ market: 100, bridge: 200 }) });
    expect(out.ok && Object.fromEntries(out.stops.map((s) => [s.id, s.reasons.some((r) => r.code === 'spare-time')]))).toEqual({ market: true, bridge: false });
  });

  it('times each stop: arrive after the walk, leave after the visit and buffer', () => {
    const brief = paperBrief({ buffers: { perStop: 5, start: 10, end: 10 }, budgetMinutes: 120 });
    const out = proposeTrip({ brief, sites: [site('a', ['water'], 20)], matrix: lineMatrix({ a: 1000 }) });
    expect(out.ok && out.stops[0]).toMatchObject({ id: 'a', arrive: 20, leave: 45, arriveAt: '09:20', walkMinutesFromPrevious: 10 });
    expect(out.ok && out.totals).toMatchObject({ walkMinutes: 20, visitMinutes: 20, bufferMinutes: 25, total: 65, finishAt: '10:05' });
  });

  it('says why each stop was chosen, as codes with values', () => {
    const out = proposeTrip({ brief: paperBrief(), sites: [site('a', ['water', 'history'], 20)], matrix: lineMatrix({ a: 1000 }) });
    expect(out.ok && out.stops[0]?.reasons).toEqual([
      { code: 'themes', themes: ['water'] },
      { code: 'subjects', subjects: ['water-ecology'] },
      { code: 'added-minutes', value: 40 },
    ]);
  });

  it('fills spare time with a stop of another subject when the relevant stops leave over 15 % of the budget, and says so', () => {
    const sites = [site('bridge', ['water'], 20), site('temple', ['culture'], 60)];
    const out = proposeTrip({ brief: paperBrief({ budgetMinutes: 100 }), sites, matrix: lineMatrix({ bridge: 500, temple: 700 }) });
    expect(out.ok && out.stops.map((s) => s.id)).toEqual(['bridge', 'temple']);
    const filler = out.ok ? out.stops.find((s) => s.id === 'temple') : undefined;
    // The bridge alone: 10 min walking + 20 min visit, 70 of 100 min unused.
    expect(filler?.reasons[0]).toEqual({ code: 'spare-time', value: 70 });
    expect(out.ok && out.totals.total).toBe(94);
    expect(out.ok && out.excluded).toEqual([]);
  });

  it('never adds a stop of another subject when the relevant ones use the budget well', () => {
    const sites = [site('bridge', ['water'], 45), site('temple', ['culture'], 5)];
    const out = proposeTrip({ brief: paperBrief({ budgetMinutes: 60 }), sites, matrix: lineMatrix({ bridge: 500, temple: 100 }) });
    expect(out.ok && out.stops.map((s) => s.id)).toEqual(['bridge']);
    expect(out.ok && out.excluded).toEqual([{ id: 'temple', reason: 'not-relevant' }]);
  });

  it('a budget too short for one stop names the minimum budget', () => {
    const out = proposeTrip({ brief: paperBrief(), sites: [site('far', ['water'], 45), site('farther', ['water'], 45)], matrix: lineMatrix({ far: 1000, farther: 2000 }) });
    expect(out).toEqual({ ok: false, error: { kind: 'budget-too-short', budget: 60, minimumBudget: 65, via: 'far' } });
  });

  it('keeps locked stops, even irrelevant ones', () => {
    const sites = [site('temple', ['culture'], 10), site('bridge', ['water'], 10)];
    const out = proposeTrip({ brief: paperBrief(), sites, matrix: lineMatrix({ temple: 300, bridge: 600 }), locked: ['temple'] });
    expect(out.ok && out.stops.map((s) => s.id).sort()).toEqual(['bridge', 'temple']);
    expect(out.ok && out.stops.find((s) => s.id === 'temple')?.reasons[0]).toEqual({ code: 'locked' });
  });

  it('locked stops beyond the budget: an error with the minimum they need', () => {
    const sites = [site('a', ['water'], 30), site('b', ['water'], 30)];
    const out = proposeTrip({ brief: paperBrief(), sites, matrix: lineMatrix({ a: 500, b: 1000 }), locked: ['a', 'b'] });
    expect(out).toEqual({ ok: false, error: { kind: 'locked-over-budget', budget: 60, minimumBudget: 80, locked: ['a', 'b'] } });
  });

  it('leaves out sites that are not step-free when the group needs step-free', () => {
    const sites = [site('steps', ['water'], 10, { stepFree: 'no' }), site('ramp', ['water'], 10, { stepFree: 'yes' })];
    const out = proposeTrip({ brief: paperBrief({ stepFree: true }), sites, matrix: lineMatrix({ steps: 100, ramp: 200 }) });
    expect(out.ok && out.stops.map((s) => s.id)).toEqual(['ramp']);
    expect(out.ok && out.excluded).toContainEqual({ id: 'steps', reason: 'not-step-free' });
  });

  it('prefers a stop for a subject not yet covered', () => {
    const sites = [site('water-2', ['water'], 20), site('water-1', ['water'], 20), site('temple', ['culture'], 20)];
    const brief = paperBrief({ subjects: ['water-ecology', 'culture'] });
    const out = proposeTrip({ brief, sites, matrix: lineMatrix({ 'water-1': 100, 'water-2': 100, temple: 100 }) });
    expect(out.ok && out.stops.map((s) => s.id).sort()).toEqual(['temple', 'water-1']);
  });

  it('never exceeds the budget on random line networks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: -3000, max: 3000 }), visit: fc.integer({ min: 5, max: 60 }), water: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 60, max: 240 }),
        (specs, budget) => {
          const sites = specs.map((s, i) => site(`s${i}`, s.water ? ['water'] : ['culture'], s.visit));
          const matrix = lineMatrix(Object.fromEntries(specs.map((s, i) => [`s${i}`, s.x])));
          const brief = paperBrief({ budgetMinutes: budget, subjects: ['water-ecology', 'culture'] });
          const out = proposeTrip({ brief, sites, matrix });
          if (!out.ok) {
            expect(out.error.kind).toBe('budget-too-short');
          } else {
            expect(out.totals.total).toBeLessThanOrEqual(budget);
            expect(evaluateTrip(out.stops.map((s) => s.id), { brief, sites, matrix }).totals).toEqual(out.totals);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('evaluateTrip', () => {
  it('warns when the teacher goes over budget, by how much', () => {
    const sites = [site('a', ['water'], 40), site('b', ['water'], 40)];
    const ev = evaluateTrip(['a', 'b'], { brief: paperBrief(), sites, matrix: lineMatrix({ a: 500, b: 1000 }) });
    expect(ev.totals.total).toBe(100);
    expect(ev.remaining).toBe(-40);
    expect(ev.warnings).toContainEqual({ code: 'over-budget', overBy: 40, budget: 60 });
  });

  it('names unknown sites and still times the rest', () => {
    const ev = evaluateTrip(['gone', 'a'], { brief: paperBrief(), sites: [site('a', ['water'], 10)], matrix: lineMatrix({ a: 500 }) });
    expect(ev.warnings).toEqual([{ code: 'unknown-site', id: 'gone' }]);
    expect(ev.stops.map((s) => s.id)).toEqual(['a']);
  });

  it('recomputes when stops are reordered', () => {
    const sites = [site('a', ['water'], 10), site('b', ['water'], 10)];
    const matrix = lineMatrix({ a: 500, b: 1000 });
    const inOrder = evaluateTrip(['a', 'b'], { brief: paperBrief(), sites, matrix });
    const zigzag = evaluateTrip(['b', 'a'], { brief: paperBrief(), sites, matrix });
    expect([inOrder.totals.walkMinutes, zigzag.totals.walkMinutes]).toEqual([20, 20]);
    expect(zigzag.stops[0]).toMatchObject({ id: 'b', arrive: 10 });
  });
});
