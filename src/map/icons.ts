/** Rasterises the category symbols for the map at the device's pixel ratio. */
import { CATEGORY_SYMBOLS } from './symbols';
import { CATEGORIES, type Category } from '../domain/vocab';

export type IconImage = { width: number; height: number; data: Uint8ClampedArray; pixelRatio: number };

export function drawCategoryIcon(category: Category, pixelRatio: number): IconImage | null {
  const size = Math.round(24 * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // Read back once: a software canvas avoids a GPU readback (tens of ms at start-up).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  const symbol = CATEGORY_SYMBOLS[category];
  const path = new Path2D(symbol.path);
  // Shrink slightly so the outline fits inside the box.
  ctx.setTransform(pixelRatio * 0.88, 0, 0, pixelRatio * 0.88, size * 0.06, size * 0.06);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = symbol.stroke;
  ctx.fillStyle = symbol.fill;
  ctx.fill(path);
  ctx.stroke(path);
  const { data } = ctx.getImageData(0, 0, size, size);
  return { width: size, height: size, data, pixelRatio };
}

export function categoryFromIconId(id: string): Category | null {
  const name = id.replace(/^cat-/, '');
  return (CATEGORIES as readonly string[]).includes(name) ? (name as Category) : null;
}
