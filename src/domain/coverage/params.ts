/**
 * The parameters of a coverage run, so a run can be repeated: as JSON (a download) and in the URL.
 * Parsing is an edge: it returns the parameters or named issues, never throws.
 *
 * URL keys (all optional; absent → default):
 *   cov_t     threshold, metres (100–1500)          cov_t=400
 *   cov_s     sample spacing, metres (5–500)        cov_s=25
 *   cov_p     profile                               cov_p=shortest
 *   cov_snap  max sample–network distance, metres   cov_snap=300
 *   cov_cat   site categories, comma-separated      cov_cat=learning,environment
 *   cov_th    site themes (any of them; empty: all) cov_th=water,history
 *   cov_st    site statuses (empty: all)            cov_st=verified
 */
import { z } from 'zod/mini';
import { PROFILES, PROFILES_WITHOUT_DATA } from '../network/types';
import { meters } from '../types';
import { CATEGORIES, STATUSES, THEMES } from '../vocab';
import { MAX_SNAP_RANGE, PARAMS_VERSION, SPACING_RANGE, THRESHOLD_RANGE, type ParamsResult } from './params-url';

// Defaults, bounds and the link encoding are zod-free (params-url.ts), for the start-up code.
export {
  DEFAULT_PARAMS, MAX_SNAP_RANGE, PARAMS_VERSION, SPACING_RANGE, THRESHOLD_RANGE, paramsFromURL, paramsToURL, siteCounts,
  type ParamsIssue, type ParamsResult,
} from './params-url';

const Metres = ({ min, max }: { min: number; max: number }) => z.number().check(z.gte(min), z.lte(max));

export const CoverageParams = z.object({
  version: z.literal(PARAMS_VERSION),
  threshold: Metres(THRESHOLD_RANGE),
  spacing: Metres(SPACING_RANGE),
  profile: z.enum(PROFILES).check(z.refine((p) => !PROFILES_WITHOUT_DATA.includes(p), 'no data for this route type yet')),
  maxSnap: Metres(MAX_SNAP_RANGE),
  sites: z.object({
    categories: z.array(z.enum(CATEGORIES)).check(z.minLength(1)),
    themes: z.array(z.enum(THEMES)),
    statuses: z.array(z.enum(STATUSES)),
  }),
});
export type CoverageParams = z.infer<typeof CoverageParams>;

/**
 * The parameters as pretty JSON (the parameters download).
 * @example paramsToJSON(DEFAULT_PARAMS) // '{\n  "version": 1,\n  "threshold": 400, …'
 */
export const paramsToJSON = (params: CoverageParams): string => `${JSON.stringify(params, null, 2)}\n`;

/**
 * Parameters from JSON text or an already-parsed value; issues name the field at fault.
 * @example parseParams('{"version":1,"threshold":50}') // { ok: false, issues: [{ path: 'threshold', … }, …] }
 */
export function parseParams(raw: unknown): ParamsResult {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (err) {
      return { ok: false, issues: [{ key: 'coverage.params.notJson', path: '', detail: err instanceof Error ? err.message : String(err) }] };
    }
  }
  const parsed = CoverageParams.safeParse(value);
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ key: 'coverage.params.invalid', path: i.path.join('.'), detail: i.message })) };
}

/**
 * The options `computeCoverage` takes, from the parameters.
 * @example computeCoverage(network, samples, places, coverageOptions(params))
 */
export const coverageOptions = (params: CoverageParams) => ({ threshold: meters(params.threshold), profile: params.profile, maxSnap: meters(params.maxSnap) });

/** Walking metres in `minutes` at `pace` metres per minute (the threshold may be given as a time). */
export const metresForMinutes = (minutes: number, pace: number) => meters(minutes * pace);
