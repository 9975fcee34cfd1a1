import { SUGGESTION_STYLE, WHAT_IF_STYLE, suggestionLetter, suggestionRing } from '../../map/coverage-layers';
import { CLUSTER_STYLE, MAP_BACKGROUND } from '../../map/marker-colours';

export type MarkerKind = 'cluster' | 'candidate' | 'suggestion';

const R = 19;

/**
 * A map marker as the map draws it, on the map's land colour, for a legend (the panel's map key
 * and the printed report's): a cluster (white disc, blue ring, a count), a what-if site (dark disc,
 * its number), a suggested site (a dotted purple ring round its letter). Drawn from the map's own
 * constants, so the legend and the map cannot drift apart.
 */
export function MarkerSymbol({ kind, size = 28, label }: { kind: MarkerKind; size?: number | string; label?: string }) {
  const text = { textAnchor: 'middle', dominantBaseline: 'central', fontSize: 12, fontFamily: 'inherit' } as const;
  return (
    <svg width={size} height={size} viewBox={`${-R} ${-R} ${2 * R} ${2 * R}`} aria-hidden="true" focusable="false" data-marker={kind} className="marker-symbol">
      <rect x={-R} y={-R} width={2 * R} height={2 * R} rx="4" fill={MAP_BACKGROUND} />
      {kind === 'cluster' && (
        <>
          <circle r="14" fill={CLUSTER_STYLE.fill} stroke={CLUSTER_STYLE.ink} strokeWidth="2.5" />
          <text {...text} fontSize="13" fill={CLUSTER_STYLE.ink}>
            {label ?? '3'}
          </text>
        </>
      )}
      {kind === 'candidate' && (
        <>
          <circle r="10" fill={WHAT_IF_STYLE.fill} stroke={WHAT_IF_STYLE.ink} strokeWidth="3" />
          <text {...text} fill={WHAT_IF_STYLE.ink}>
            {label ?? '1'}
          </text>
        </>
      )}
      {kind === 'suggestion' && (
        <>
          <circle r={SUGGESTION_STYLE.ground} fill={SUGGESTION_STYLE.casing} />
          {suggestionRing().map(([x, y], i) => (
            <circle key={i} cx={x} cy={y} r={SUGGESTION_STYLE.dot} fill={SUGGESTION_STYLE.colour} stroke={SUGGESTION_STYLE.casing} strokeWidth="1.2" />
          ))}
          <text {...text} fontSize="16" fill={SUGGESTION_STYLE.colour}>
            {label ?? suggestionLetter(1)}
          </text>
        </>
      )}
    </svg>
  );
}
