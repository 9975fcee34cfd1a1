/**
 * Thai editors set a space between Thai text and a number or a Latin word ("รหัส MK01 ของ…",
 * "ถนนวงแหวนรอบ 2 เป็น…"). Templates cannot always do it: a name that ends in a number or in
 * Latin letters ("สะพานคลองแม่ข่า ถนนวงแหวนรอบ 2") meets the Thai word after it only when the
 * sentence is put together. This puts the space in then. A Thai abbreviation's full stop
 * ("ถ.มหิดล", "พ.ศ.") is left alone, and so are Thai combining marks.
 */
const THAI_THEN_LATIN = /([\u0E01-\u0E4E])(?=[A-Za-z0-9])/g;
/** Before a Thai consonant or leading vowel only: never split a combining mark from its letter. */
const LATIN_THEN_THAI = /([A-Za-z0-9][.)]?)(?=[\u0E01-\u0E2E\u0E40-\u0E44])/g;

/**
 * @example spaceThai('เลื่อนสะพาน ถนนวงแหวนรอบ 2ขึ้น') // 'เลื่อนสะพาน ถนนวงแหวนรอบ 2 ขึ้น'
 * @example spaceThai('ผ่านChao Pho Shrineแล้ว') // 'ผ่าน Chao Pho Shrine แล้ว'
 */
export function spaceThai(text: string): string {
  return text.replace(THAI_THEN_LATIN, '$1 ').replace(LATIN_THEN_THAI, '$1 ');
}
