import type { Category } from '../domain/schema';
import { CATEGORY_SYMBOLS } from '../map/symbols';

/** The map's category symbol as inline SVG (decorative: the text next to it names the category). */
export function CategorySymbol({ category, size = 18 }: { category: Category; size?: number }) {
  const s = CATEGORY_SYMBOLS[category];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="cat-symbol">
      <path d={s.path} fill={s.fill} stroke={s.stroke} strokeWidth={2} strokeLinejoin="round" />
    </svg>
  );
}
