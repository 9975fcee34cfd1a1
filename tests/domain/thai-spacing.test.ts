import { describe, expect, it } from 'vitest';
import { spaceThai } from '../../src/domain/thai-spacing';

describe('spaceThai', () => {
  it('spaces a number or a Latin word from the Thai beside it', () => {
    expect(spaceThai('เลื่อนสะพานคลองแม่ข่า ถนนวงแหวนรอบ 2ขึ้น')).toBe('เลื่อนสะพานคลองแม่ข่า ถนนวงแหวนรอบ 2 ขึ้น');
    expect(spaceThai('ผ่านChao Pho Shrineแล้ว')).toBe('ผ่าน Chao Pho Shrine แล้ว');
    expect(spaceThai('จุดที่2')).toBe('จุดที่ 2');
  });

  it('leaves Thai abbreviations, units and spaced text as they are', () => {
    for (const s of ['ถ.มหิดล', 'พ.ศ. 2567', 'ช่วง 50 ม.แรก', 'เดิน 12 นาที (1.2 กม.)', '08:30–16:30 น.', 'PM2.5']) expect(spaceThai(s)).toBe(s);
  });
});
