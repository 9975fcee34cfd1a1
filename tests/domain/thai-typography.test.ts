import { describe, expect, it } from 'vitest';
import { setThai, spaceThai, thaiClock } from '../../src/domain/thai-typography';

describe('Thai typography', () => {
  it('spaces a number or a Latin word from the Thai beside it', () => {
    expect(spaceThai('เลื่อนสะพานคลองแม่ข่า ถนนวงแหวนรอบ 2ขึ้น')).toBe('เลื่อนสะพานคลองแม่ข่า ถนนวงแหวนรอบ 2 ขึ้น');
    expect(spaceThai('ผ่านChao Pho Shrineแล้ว')).toBe('ผ่าน Chao Pho Shrine แล้ว');
    expect(spaceThai('จุดที่2')).toBe('จุดที่ 2');
  });

  it('leaves Thai abbreviations, units and spaced text as they are', () => {
    for (const s of ['ถ.มหิดล', 'พ.ศ. 2567', 'ช่วง 50 ม.แรก', 'เดิน 12 นาที (1.2 กม.)', 'PM2.5', 'EPSG:4326']) expect(setThai(s)).toBe(s);
  });

  it('writes clock times with a full stop', () => {
    expect(thaiClock('09:29–09:54 น. · เดิน 19 นาที')).toBe('09.29–09.54 น. · เดิน 19 นาที');
    expect(setThai('กลับถึงภายใน 14:05 น.')).toBe('กลับถึงภายใน 14.05 น.');
    expect(thaiClock('18.78, 98.99')).toBe('18.78, 98.99');
  });
});
