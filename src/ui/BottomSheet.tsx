import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

export const SNAPS = ['peek', 'half', 'full'] as const;
export type Snap = (typeof SNAPS)[number];

/**
 * The panel: a side panel on desktop; on a phone, a bottom sheet with three snap points over a
 * full-screen map. The handle is a real button (tap or Enter cycles the snaps) and can be dragged.
 */
export function BottomSheet({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [snap, setSnap] = useState<Snap>('half');
  const [drag, setDrag] = useState<number | null>(null);
  const start = useRef<{ y: number; height: number } | null>(null);
  const dragged = useRef(false);
  const sheet = useRef<HTMLElement>(null);
  const selection = useAppStore((s) => s.selection);

  // Choosing something opens the sheet far enough to read its card (state adjusted during render,
  // as React recommends over an effect: https://react.dev/learn/you-might-not-need-an-effect).
  const [seen, setSeen] = useState(selection);
  if (selection !== seen) {
    setSeen(selection);
    if (selection && snap === 'peek') setSnap('half');
  }

  const next = () => setSnap((s) => SNAPS[(SNAPS.indexOf(s) + 1) % SNAPS.length]!);

  const onPointerDown = (e: React.PointerEvent) => {
    if (!sheet.current) return;
    start.current = { y: e.clientY, height: sheet.current.getBoundingClientRect().height };
    (e.target as Element).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!start.current) return;
    const dy = start.current.y - e.clientY;
    if (Math.abs(dy) > 6) {
      dragged.current = true;
      setDrag(Math.max(96, start.current.height + dy));
    }
  };
  const onPointerUp = () => {
    const height = drag;
    start.current = null;
    setDrag(null);
    if (height === null || !sheet.current) return; // a tap: the click handler cycles
    // The snaps' heights as the style sheet sets them for this screen (short screens differ).
    const el = sheet.current;
    const [snapBefore, inline] = [el.dataset.snap, el.style.cssText];
    el.style.height = '';
    el.style.transition = 'none';
    const targets = SNAPS.map((s): [Snap, number] => {
      el.dataset.snap = s;
      return [s, el.getBoundingClientRect().height];
    });
    el.dataset.snap = snapBefore;
    el.style.cssText = inline;
    targets.sort((a, b) => Math.abs(a[1] - height) - Math.abs(b[1] - height));
    setSnap(targets[0]![0]);
  };

  return (
    <aside
      ref={sheet}
      className="panel"
      data-snap={snap}
      aria-label={label}
      style={drag !== null ? { height: `${drag}px`, transition: 'none' } : undefined}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={t(`sheet.${snap}`)}
        onClick={() => {
          if (dragged.current) dragged.current = false;
          else next();
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        <span aria-hidden="true" className="sheet-handle__bar" />
      </button>
      <div className="panel__body">{children}</div>
    </aside>
  );
}
