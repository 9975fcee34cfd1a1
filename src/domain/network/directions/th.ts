/**
 * Thai direction phrases. Thai writes no spaces between words but one between clauses, and no
 * full stop at the end of a sentence.
 */
import type { Bank } from '../../schema';
import { spaceThai as spaced } from '../../thai-typography';
import type { Action, Phrasebook, Way } from './phrasebook';
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

const BANK: Record<Bank, string> = { east: 'ตะวันออก', west: 'ตะวันตก', north: 'เหนือ', south: 'ใต้', inside: 'ด้านใน', outside: 'ด้านนอก' };

function along(way: Way): string {
  if (way === null) return '';
  if (way.kind === 'street') return `ตาม${way.name}`;
  if (way.kind === 'walkway') return `ตามทางเดินริม${way.waterway ?? 'น้ำ'}`;
  if (way.bank === null) return `เลียบ${way.waterway ?? 'ริมน้ำ'}`;
  // A ring of water (the moat) has an inside and an outside: "เลียบคูเมืองด้านใน".
  if (way.bank === 'inside' || way.bank === 'outside') return `เลียบ${way.waterway ?? 'ริมน้ำ'}${BANK[way.bank]}`;
  return `เลียบฝั่ง${BANK[way.bank]}${way.waterway ? `ของ${way.waterway}` : ''}`;
}

function bridge(name: string | null, crosses: string | null): string {
  if (name === null) return crosses ?? 'สะพาน';
  return name.startsWith('สะพาน') ? name : `สะพาน${name}`;
}

/** "ก ข และ ค": Thai lists separate items with spaces. */
function thaiList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(' ')} และ ${items.at(-1)}`;
}

/** `onward`: after a turn the walk "carries on" (เดินต่อ); `onto`: the street was named by the turn. */
function act(action: Action, onward: boolean, onto: boolean): string {
  switch (action.kind) {
    case 'walk': {
      const past = action.past.length > 0 ? ` ผ่าน${thaiList(action.past)}` : '';
      const way = onto ? '' : along(action.way);
      return `เดิน${onward ? 'ต่อ' : ''}ไปทาง${TH.compass[action.compass]}${way} ${action.distance}${past}`;
    }
    case 'bridge':
      return `ข้าม${bridge(action.name, action.crosses)}`;
    case 'steps':
      return 'เดินขึ้นหรือลงบันได';
  }
}

export const TH: Phrasebook = {
  intl: 'th-TH',
  metres: (n) => `${n} ม.`,
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
  unnamedStart: 'จุดที่เลือกไว้',
  unnamedEnd: 'จุดหมาย',
  step(lead, action) {
    if (lead.kind === 'start') return spaced(`เริ่มต้นที่${lead.place} แล้ว${act(action, false, false)}`);
    // Carrying straight on onto a described way (a bank, a walkway): the way says where, not the compass again.
    if (lead.kind === 'none' && action.kind === 'walk' && action.way !== null) {
      const past = action.past.length > 0 ? ` ผ่าน${thaiList(action.past)}` : '';
      return spaced(`เดินต่อ${along(action.way)}อีก ${action.distance}${past}`);
    }
    if (lead.kind === 'none') return spaced(act(action, false, false));
    const street = action.kind === 'walk' && action.way?.kind === 'street' ? action.way.name : null;
    const at = lead.at ? `ที่${lead.at}` : '';
    return spaced(`${TURN[lead.turn]}${at}${street ? `เข้า${street}` : ''} แล้ว${act(action, true, street !== null)}`);
  },
  arrive: (place) => spaced(`ถึง${place}`),
  offNetwork: (distance, where) => `ช่วง ${distance} ${where === 'first' ? 'แรก' : 'สุดท้าย'}ไม่ได้อยู่บนถนนหรือทางเดินที่มีในแผนที่`,
};
