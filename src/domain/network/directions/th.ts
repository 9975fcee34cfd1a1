/**
 * Thai direction phrases. Thai writes no spaces between words but one between clauses, and no
 * full stop at the end of a sentence.
 */
import type { Bank } from '../../schema';
import type { Action, Phrasebook, Way } from './phrasebook';
import { listOf } from './phrasebook';
import type { Turn } from './types';

const TURN: Record<Turn, string> = {
  straight: 'ตรงไป',
  'slight-left': 'เลี้ยวซ้ายเล็กน้อย',
  left: 'เลี้ยวซ้าย',
  'sharp-left': 'เลี้ยวซ้ายหักศอก',
  'slight-right': 'เลี้ยวขวาเล็กน้อย',
  right: 'เลี้ยวขวา',
  'sharp-right': 'เลี้ยวขวาหักศอก',
  'u-turn': 'เดินย้อนกลับ',
};

const BANK: Record<Bank, string> = { east: 'ตะวันออก', west: 'ตะวันตก', north: 'เหนือ', south: 'ใต้' };

function along(way: Way): string {
  if (way === null) return '';
  if (way.kind === 'street') return `ตาม${way.name}`;
  return `เลียบฝั่ง${BANK[way.bank]}${way.waterway ? `ของ${way.waterway}` : ''}`;
}

function bridge(name: string | null, crosses: string | null): string {
  if (name === null) return crosses ?? 'สะพาน';
  return name.startsWith('สะพาน') ? name : `สะพาน${name}`;
}

/** `onward`: after a turn the walk "carries on" (เดินต่อ); `onto`: the street was named by the turn. */
function act(action: Action, onward: boolean, onto: boolean): string {
  switch (action.kind) {
    case 'walk': {
      const past = action.past.length > 0 ? ` ผ่าน${listOf(TH, action.past)}` : '';
      const way = onto ? '' : along(action.way);
      return `เดิน${onward ? 'ต่อ' : ''}ไปทาง${TH.compass[action.compass]}${way} ${action.distance}${past}`;
    }
    case 'bridge':
      return `ข้าม${bridge(action.name, action.crosses)}`;
    case 'steps':
      return 'เดินตามขั้นบันได';
  }
}

export const TH: Phrasebook = {
  intl: 'th-TH',
  metres: (n) => `${n} เมตร`,
  kilometres: (n) => `${n} กม.`,
  duration: (h, m) => [h && `${h} ชม.`, m && `${m} นาที`].filter(Boolean).join(' '),
  compass: {
    north: 'ทิศเหนือ',
    'north-east': 'ทิศตะวันออกเฉียงเหนือ',
    east: 'ทิศตะวันออก',
    'south-east': 'ทิศตะวันออกเฉียงใต้',
    south: 'ทิศใต้',
    'south-west': 'ทิศตะวันตกเฉียงใต้',
    west: 'ทิศตะวันตก',
    'north-west': 'ทิศตะวันตกเฉียงเหนือ',
  },
  unnamedStart: 'จุดเริ่มต้น',
  unnamedEnd: 'จุดหมาย',
  step(lead, action) {
    if (lead.kind === 'start') return `เริ่มต้นที่${lead.place} แล้ว${act(action, false, false)}`;
    if (lead.kind === 'none') return act(action, false, false);
    const street = action.kind === 'walk' && action.way?.kind === 'street' ? action.way.name : null;
    return `${TURN[lead.turn]}${street ? `เข้า${street}` : ''} แล้ว${act(action, true, street !== null)}`;
  },
  arrive: (place) => `ถึง${place}`,
};
