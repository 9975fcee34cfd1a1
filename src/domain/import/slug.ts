/** Ids for imported sites: slugs from the file's ids or names, else `import-<n>`; never repeated. */

/**
 * A lower-case ASCII slug, or '' when nothing is left (a Thai-only name).
 * @example slugify('Wat Chedi Luang (วัด)') // 'wat-chedi-luang'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique ids in file order. */
export class IdAllocator {
  private readonly taken: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.taken = new Set(reserved);
  }

  /** The first free id among `wanted` (already slugs, possibly ''), else `import-<n>` (suffixed if taken); `n` is the line or feature index. */
  take(wanted: readonly string[], n: number): string {
    let id = wanted.find((w) => w !== '' && !this.taken.has(w));
    if (id === undefined) {
      id = `import-${n}`;
      for (let k = 2; this.taken.has(id); k++) id = `import-${n}-${k}`;
    }
    this.taken.add(id);
    return id;
  }
}
