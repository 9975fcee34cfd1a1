/** Which CSV column holds what, from the header row: any order, any case, English or Thai. */

export const COLUMN_FIELDS = ['lat', 'lon', 'name', 'nameTh', 'nameEn', 'id', 'category', 'themes', 'status'] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** The detected column of each field: its 0-based index and the header as written in the file. */
export type ColumnMapping = Partial<Record<ColumnField, { index: number; header: string }>> & {
  lat: { index: number; header: string };
  lon: { index: number; header: string };
};

/** Header spellings per field, after `normalizeHeader`; earlier aliases win (lat/lon over y/x). */
const ALIASES: Record<ColumnField, readonly string[]> = {
  lat: ['lat', 'latitude', 'ละติจูด', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'ลองจิจูด', 'ลองติจูด', 'x'],
  name: ['name', 'ชื่อ', 'title'],
  nameTh: ['name_th', 'nameth', 'ชื่อ_th', 'ชื่อไทย', 'ชื่อภาษาไทย'],
  nameEn: ['name_en', 'nameen', 'ชื่อ_en', 'ชื่ออังกฤษ', 'ชื่อภาษาอังกฤษ'],
  id: ['id'],
  category: ['category', 'หมวด', 'ประเภท'],
  themes: ['themes', 'theme', 'หัวข้อ'],
  status: ['status', 'สถานะ'],
};

/**
 * Lower case, trimmed, with spaces, hyphens, colons and dots turned into `_`.
 * @example normalizeHeader(' Name:TH ') // 'name_th'
 */
export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s\-:.]+/g, '_');
}

export type Detected = { ok: true; columns: ColumnMapping; unused: string[] } | { ok: false; missing: ('lat' | 'lon')[] };

/**
 * The column of each field in a header row.
 * @example detectColumns(['Name', 'Longitude', 'Latitude']).columns.lat // { index: 2, header: 'Latitude' }
 */
export function detectColumns(header: readonly string[]): Detected {
  const normalized = header.map(normalizeHeader);
  const found: Partial<Record<ColumnField, { index: number; header: string }>> = {};
  const used = new Set<number>();
  for (const field of COLUMN_FIELDS) {
    for (const alias of ALIASES[field]) {
      const index = normalized.indexOf(alias);
      if (index === -1 || used.has(index)) continue;
      found[field] = { index, header: (header[index] as string).trim() };
      used.add(index);
      break;
    }
  }
  const { lat, lon } = found;
  if (!lat || !lon) return { ok: false, missing: [...(lat ? [] : ['lat' as const]), ...(lon ? [] : ['lon' as const])] };
  const unused = header.filter((h, i) => !used.has(i) && h.trim() !== '').map((h) => h.trim());
  return { ok: true, columns: { ...found, lat, lon }, unused };
}
