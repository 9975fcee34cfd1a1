/** English direction phrases (British spelling, as the app's English text). */
import type { Action, Phrasebook, Way } from './phrasebook';
import { listOf } from './phrasebook';
import type { Turn } from './types';

const TURN: Record<Turn, string> = {
  straight: 'Continue straight',
  'slight-left': 'Bear left',
  left: 'Turn left',
  'sharp-left': 'Turn sharp left',
  'slight-right': 'Bear right',
  right: 'Turn right',
  'sharp-right': 'Turn sharp right',
  'u-turn': 'Turn around',
};

function along(way: Way): string {
  if (way === null) return '';
  if (way.kind === 'street') return ` along ${way.name}`;
  if (way.kind === 'walkway') return ` on the walkway beside ${way.waterway ?? 'the water'}`;
  if (way.bank === null) return ` beside ${way.waterway ?? 'the water'}`;
  if (way.bank === 'inside' || way.bank === 'outside') return ` along ${way.waterway ?? 'the water'}, ${way.bank} the old city`;
  return ` along the ${way.bank} bank${way.waterway ? ` of ${way.waterway}` : ''}`;
}

function bridge(name: string | null, crosses: string | null): string {
  if (name === null) return crosses ?? 'the bridge';
  const article = /^the /i.test(name) ? '' : 'the ';
  return `${article}${name}${/bridge$/i.test(name) ? '' : ' bridge'}`;
}

/** The action as a lower-case clause; `onto` drops the way when the lead already named the street. */
function act(action: Action, onto: boolean): string {
  switch (action.kind) {
    case 'walk': {
      const past = action.past.length > 0 ? `, past ${listOf(EN, action.past)}` : '';
      return `walk ${action.distance} ${EN.compass[action.compass]}${onto ? '' : along(action.way)}${past}`;
    }
    case 'bridge':
      return `cross ${bridge(action.name, action.crosses)}`;
    case 'steps':
      return 'take the steps';
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const EN: Phrasebook = {
  intl: 'en-GB',
  metres: (n) => `${n} m`,
  kilometres: (n) => `${n} km`,
  duration: (h, m) => [h && `${h} h`, m && `${m} min`].filter(Boolean).join(' '),
  compass: {
    north: 'north',
    'north-east': 'north-east',
    east: 'east',
    'south-east': 'south-east',
    south: 'south',
    'south-west': 'south-west',
    west: 'west',
    'north-west': 'north-west',
  },
  unnamedStart: 'the starting point',
  unnamedEnd: 'your destination',
  step(lead, action) {
    if (lead.kind === 'start') return `Start at ${lead.place} and ${act(action, false)}.`;
    // Carrying straight on onto a described way (a bank, a walkway): the way says where, not the compass again.
    if (lead.kind === 'none' && action.kind === 'walk' && action.way !== null) {
      const past = action.past.length > 0 ? `, past ${listOf(EN, action.past)}` : '';
      return `Continue ${action.distance}${along(action.way)}${past}.`;
    }
    if (lead.kind === 'none') return `${capitalise(act(action, false))}.`;
    const street = action.kind === 'walk' && action.way?.kind === 'street' ? action.way.name : null;
    const at = lead.at ? ` at ${lead.at}` : '';
    return `${TURN[lead.turn]}${at}${street ? ` onto ${street}` : ''} and ${act(action, street !== null)}.`;
  },
  arrive: (place) => `Arrive at ${place}.`,
  offNetwork: (distance, where) => `The ${where} ${distance} are not on a mapped street or path.`,
};
