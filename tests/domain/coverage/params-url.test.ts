import { describe, expect, it } from 'vitest';
import { parseParams } from '../../../src/domain/coverage/params';
import { checkParams, paramsCandidate } from '../../../src/domain/coverage/params-url';

const paths = (r: ReturnType<typeof checkParams>) => (r.ok ? [] : r.issues.map((i) => i.path).sort());

/** Links the start-up check (by hand, no zod) and the schema must judge alike. */
const LINKS = [
  '',
  '?cov_t=100&cov_s=5&cov_snap=10',
  '?cov_t=1500&cov_s=500&cov_snap=1000&cov_p=canal-first',
  '?cov_t=99&cov_s=501&cov_snap=9',
  '?cov_t=1501&cov_s=4.9&cov_snap=1000.5',
  '?cov_t=abc&cov_s=&cov_snap=Infinity',
  '?cov_p=fly',
  '?cov_p=shade',
  '?cov_cat=',
  '?cov_cat=learning,nope,economy',
  '?cov_th=water,mud&cov_st=verified,rumoured',
  '?cov_cat=economy,environment&cov_th=history&cov_st=candidate',
];

describe('coverage links without the schema', () => {
  it.each(LINKS)('%j: the same verdict, issue paths and parameters as the schema', (link) => {
    const candidate = paramsCandidate(new URLSearchParams(link));
    const byHand = checkParams(candidate);
    const bySchema = parseParams(candidate);
    expect(paths(byHand)).toEqual(paths(bySchema));
    expect(byHand.ok && byHand.params).toEqual(bySchema.ok && bySchema.params);
  });
});

describe('route types without data', () => {
  it('a link asking coverage for the shadiest route is refused by name (no shade data: it would only shrink every figure)', () => {
    expect(paths(checkParams(paramsCandidate(new URLSearchParams('?cov_p=shade'))))).toEqual(['profile']);
  });
});
