/**
 * Move up, move down and remove for one stop of an ordered list (a walk's or a trip's). The buttons
 * carry `data-control`, which `useStopListFocus` uses to put focus back after the change.
 */
export type StopButtonLabels = { up: string; down: string; remove: string };

export function StopButtons({ index, count, labels, onMove, onRemove }: {
  index: number;
  count: number;
  labels: StopButtonLabels;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) {
  return (
    <>
      <button type="button" className="icon-btn" aria-label={labels.up} data-control="up" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        ↑
      </button>
      <button type="button" className="icon-btn" aria-label={labels.down} data-control="down" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
        ↓
      </button>
      <button type="button" className="icon-btn" aria-label={labels.remove} data-control="remove" onClick={onRemove}>
        ×
      </button>
    </>
  );
}
