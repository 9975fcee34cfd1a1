// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/domain/import/encoding';

describe('reading a file’s bytes', () => {
  it('reads UTF-8 as UTF-8, and Thai Windows-874 (TIS-620) bytes as Thai, saying which', () => {
    expect(decodeText(new TextEncoder().encode('วัด,18.79'))).toEqual({ text: 'วัด,18.79', encoding: 'utf-8' });
    // วัดโลกโมฬี in TIS-620.
    expect(decodeText(Uint8Array.from([0xc7, 0xd1, 0xb4, 0xe2, 0xc5, 0xa1, 0xe2, 0xc1, 0xcc, 0xd5]))).toEqual({ text: 'วัดโลกโมฬี', encoding: 'windows-874' });
  });
});
