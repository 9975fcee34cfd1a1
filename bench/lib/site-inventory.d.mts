export function siteInventoryCsv(rows: number): string;
