/**
 * Thai set as Thai editors set it, applied to a finished Thai string (names and numbers already
 * in), since a template cannot always do it:
 * - a space between Thai text and a number or a Latin word ("รหัส MK01 ของ…", "รอบ 2 เป็น…"): a
 *   name that ends in a number or in Latin letters meets the Thai word after it only when the
 *   sentence is put together. A Thai abbreviation's full stop ("ถ.มหิดล", "พ.ศ.") is left alone,
 *   and a Thai combining mark is never split from its letter;
 * - clock times with a full stop, as Thai official style writes them: 09.30 น., not 09:30 น.
 */
const THAI_THEN_LATIN = /([\u0E01-\u0E4E])(?=[A-Za-z0-9])/g;
/** Before a Thai consonant or leading vowel only. */
const LATIN_THEN_THAI = /([A-Za-z0-9][.)]?)(?=[\u0E01-\u0E2E\u0E40-\u0E44])/g;
const CLOCK = /(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;

/**
 * @example spaceThai('เลื่อนสะพาน ถนนวงแหวนรอบ 2ขึ้น') // 'เลื่อนสะพาน ถนนวงแหวนรอบ 2 ขึ้น'
 * @example spaceThai('ผ่านChao Pho Shrineแล้ว') // 'ผ่าน Chao Pho Shrine แล้ว'
 */
export function spaceThai(text: string): string {
  return text.replace(THAI_THEN_LATIN, '$1 ').replace(LATIN_THEN_THAI, '$1 ');
}

/** @example thaiClock('09:30–10:15 น.') // '09.30–10.15 น.' */
export const thaiClock = (text: string): string => text.replace(CLOCK, '$1.$2');

/** Both rules, for any finished Thai string. */
export const setThai = (text: string): string => thaiClock(spaceThai(text));
