/**
 * A site inventory of any length, for the import benchmark and the browser test of a large
 * import: rows of `name_en,lat,lon` spread over the old city and the Mae Kha, from a fixed seed
 * (the same file every run). 164,035 rows are 4.8 MB, under the 5 MB import limit.
 */

/**
 * @param {number} rows
 * @returns {string} CSV text with a header line
 */
export function siteInventoryCsv(rows) {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ['name_en,lat,lon'];
  for (let i = 0; i < rows; i++) lines.push(`Site ${i},${(18.76 + next() * 0.05).toFixed(5)},${(98.97 + next() * 0.04).toFixed(5)}`);
  return `${lines.join('\n')}\n`;
}
