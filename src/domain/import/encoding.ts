/**
 * A file's bytes as text. UTF-8 when they are valid UTF-8; otherwise Thai Windows-874 (TIS-620 and
 * its Windows superset, what Thai Excel saves as "CSV"), and the caller says so, so the reader
 * checks the names rather than getting them garbled without a word.
 */
export type Decoded = { text: string; encoding: 'utf-8' | 'windows-874' };

/** @example decodeText(Uint8Array.from([0xc7, 0xd1, 0xb4])) // { text: 'วัด', encoding: 'windows-874' } */
export function decodeText(bytes: ArrayBuffer | Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}
