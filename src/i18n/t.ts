/**
 * Translation functions by namespace, so that a key missing from the English strings fails `tsc`
 * (the resources are declared in types.d.ts). A function that takes the shared strings asks for
 * `TCommon`; one that takes a feature's asks for that feature's.
 */
import type { Namespace, ParseKeys, TFunction } from 'i18next';

export type TCommon = TFunction<'translation'>;
export type TTrip = TFunction<'trip'>;
export type TResearch = TFunction<'research'>;
export type TReport = TFunction<'research', 'report'>;
/** The shared strings with the research panel's, for texts that use both (`research:where.…`). */
export type TCommonResearch = TFunction<['translation', 'research']>;
export type TWalk = TFunction<'walk'>;
/** A key of the shared strings, for messages that carry their key as data (notices, problems). */
export type CommonKey = ParseKeys<'translation'>;
export type TripKey = ParseKeys<'trip'>;
export type WalkKey = ParseKeys<'walk'>;

/**
 * Says a message whose key and values arrive as data (a notice, an import problem, a refused save):
 * `tsc` cannot see such a key, so tests/i18n/keys.test.ts holds every one the domain can send to the
 * strings of both languages.
 * @example sayKey(t, notice.key, notice.values)
 */
export function sayKey(t: TFunction<Namespace>, key: string, values?: object): string {
  return (t as unknown as (key: string, values?: object) => string)(key, values);
}
