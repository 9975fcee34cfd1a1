// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { labelLines } from '../../src/map/label-lines';
import { loadEmbeddedData } from '../../src/data';

describe('labelLines', () => {
  it('breaks only at spaces, keeping a number with the word before it', () => {
    expect(labelLines('สะพานคลองแม่ข่า ถนนวงแหวนรอบ 2', 14)).toBe('สะพานคลองแม่ข่า\nถนนวงแหวนรอบ 2');
    expect(labelLines('สะพานชุมชนศรีมงคล ซอยศรีมงคล', 14)).toBe('สะพานชุมชนศรีมงคล\nซอยศรีมงคล');
    expect(labelLines('Mae Kha bridge, Ring Road 2', 16)).toBe('Mae Kha bridge,\nRing Road 2');
  });

  it('keeps a short name on one line, and a long word whole', () => {
    expect(labelLines('วัดหัวฝาย', 14)).toBe('วัดหัวฝาย');
    expect(labelLines('สะพานคลองแม่ข่าก่อนไหลลงแม่น้ำปิง', 14)).toBe('สะพานคลองแม่ข่าก่อนไหลลงแม่น้ำปิง');
  });

  it('counts Thai letters, not the marks above and below them', () => {
    // 19 code points, two of them tone marks: 17 wide, so it fits a line of 17 (and not of 16).
    expect(labelLines('ตลาดต้นลำไย ต้นลำไย', 17)).toBe('ตลาดต้นลำไย ต้นลำไย');
    expect(labelLines('ตลาดต้นลำไย ต้นลำไย', 16)).toBe('ตลาดต้นลำไย\nต้นลำไย');
  });

  it('never cuts a site name inside a word: every line of every label is made of whole space-separated parts', () => {
    for (const site of loadEmbeddedData().sites.value) {
      for (const [name, max] of [[site.properties.name.th, 14], [site.properties.name.en, 16]] as const) {
        const lines = labelLines(name, max).split('\n');
        expect(lines.join(' ')).toBe(name.trim().replace(/\s+/g, ' '));
      }
    }
  });
});
