/**
 * Builds data/sites.geojson: candidate learning, environment and economy sites along the Mae Kha.
 *
 *   node scripts/build-sites.mjs
 *
 * Every name, summary and fact comes from the project's sourced facts file. Positions are either
 * OpenStreetMap elements, field GPS of the water-sampling programme (MK01–MK08), or estimates
 * measured along the OSM centreline from a sampling bridge ("chainage"); estimates are marked
 * confidence "low" with a wide positionAccuracy, and their `source` says how they were made.
 * No official list of prototype learning sites exists, so every site has status "candidate": no
 * source confirms any of them as a learning site of the programme (the eight sampling bridges are
 * sampling points in one public repository of field data, which says nothing of learning).
 *
 * Texts: every sentence of a summary says only what its source says, and names the source when
 * only one gives it; a `learn` text is a teaching prompt, worded as a question or a suggestion.
 * Thai follows src/i18n/glossary.json (tests/i18n/glossary.test.ts holds it to it).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import along from '@turf/along';
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { OSM, readCenterline, roundPosition, toJson } from './lib/geojson-io.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CENTERLINE_TSV = `${root}data/sources/mae-kha-centerline.tsv`;
const OUT_SITES = `${root}data/sites.geojson`;

const SAMPLING = 'Field GPS of a government water-sampling programme (project facts file); no results published';
const CITY_LAB_URL = 'https://maekhacitylab.com';
// One secondary source (the project's facts file restates it); nobody has confirmed it, so the app
// flags it and asks teachers to check.
const MUSEUM_HOURS = {
  text: { th: 'วันพุธ–วันอาทิตย์ 08.30–16.30 น.', en: 'Wed–Sun 08:30–16:30' },
  source: 'Chiang Mai municipal museums (facts file)',
  verified: false,
};

const line = lineString(readCenterline(CENTERLINE_TSV));

/** Field GPS of the sampling bridges, [lon, lat], transcribed from the facts table. */
const MK = {
  MK01: [98.982417, 18.84275],
  MK02: [98.985583, 18.82375],
  MK03: [98.991028, 18.811694],
  MK04: [98.993806, 18.805278],
  MK05: [98.994194, 18.796167],
  MK06: [98.998667, 18.781222],
  MK07: [98.987889, 18.766306],
  MK08: [98.980056, 18.739917],
};

/** Distance (km) along the centreline from its first vertex to where a bridge projects onto it. */
const chainageOf = (code) => nearestPointOnLine(line, point(MK[code]), { units: 'kilometers' }).properties.location;

/** The point `offsetKm` downstream (negative: upstream) of a sampling bridge, along the centreline. */
const alongFrom = (code, offsetKm) =>
  along(line, chainageOf(code) + offsetKm, { units: 'kilometers' }).geometry.coordinates;

const metres = (a, b) => distance(point(a), point(b), { units: 'kilometers' }) * 1000;

/** Distance (km) along the centreline to where a position projects onto it. */
const chainageAt = (at) => nearestPointOnLine(line, point(at), { units: 'kilometers' }).properties.location;
/** Metres from a position to the nearest point of the canal centreline, rounded to 10 m. */
const toCanal = (at) => Math.round(metres(at, nearestPointOnLine(line, point(at)).geometry.coordinates) / 10) * 10;

// Rakaeng bridge: the OpenStreetMap point "สะพานระแกง โอตารุเชียงใหม่" (data/sources/osm/pois.geojson),
// 2 m from the street that crosses the canal there. The facts file's estimate (450 m downstream of
// MK06) was 116 m off: the bridge lies about 580 m downstream of MK06.
const RAKAENG = [98.995599, 18.77709];
const RAKAENG_KM = chainageAt(RAKAENG);
const RAKAENG_FROM_MK06_M = Math.round((RAKAENG_KM - chainageOf('MK06')) * 100) * 10;
// Phase 1 runs about 750 m from Rakaeng bridge to Pratu Kom / Kat Kom / pumping station No. 6.
const PHASE1_KM = 0.75;
const PHASE1_SOUTH = along(line, RAKAENG_KM + PHASE1_KM, { units: 'kilometers' }).geometry.coordinates;
const PHASE1_MIDDLE = along(line, RAKAENG_KM + PHASE1_KM / 2, { units: 'kilometers' }).geometry.coordinates;
const PHASE2_MIDDLE = along(line, (RAKAENG_KM + chainageOf('MK06')) / 2, { units: 'kilometers' }).geometry.coordinates;
for (const [name, at, lo, hi] of [
  ['Rakaeng bridge', RAKAENG, 0.5, 0.65],
  ['phase-1 south end', PHASE1_SOUTH, 1.25, 1.4],
]) {
  const km = chainageAt(at) - chainageOf('MK06');
  if (km < lo || km > hi) throw new Error(`${name}: ${km.toFixed(2)} km downstream of MK06, expected ${lo}–${hi}`);
}

// Corner bastions (jaeng) of the city wall: the vertex of each OSM bastion polygon nearest the
// moat's corner (data/sources/osm/README.md, "Moat measurements").
const JAENG_SI_PHUM = [98.993707, 18.795289]; // way 263459882
const JAENG_KATAM = [98.9928, 18.781292]; // way 791602197
// Wat Hua Fai: the OpenStreetMap point (the centre of its grounds), 118 m from the old estimate.
const WAT_HUA_FAI = [98.993585, 18.773568];

// Jaeng Katam and the nearest point of the canal: the earthen wall ran somewhere between.
const katamToCanal = nearestPointOnLine(line, point(JAENG_KATAM)).geometry.coordinates;
const EARTHEN_WALL = [(JAENG_KATAM[0] + katamToCanal[0]) / 2, (JAENG_KATAM[1] + katamToCanal[1]) / 2];

/**
 * Shared fields of the eight sampling bridges. The source lists them as sampling points with field
 * GPS and no date, so the texts say "listed as", never "samples are taken here".
 */
const bridge = (code, id, name, extra, learn, themes = ['water', 'ecology'], sourceExtra = '', more = {}) => ({
  id,
  code,
  at: MK[code],
  category: 'environment',
  themes,
  name,
  summary: {
    th: `จุดเก็บตัวอย่างน้ำรหัส ${code} ในรายชื่อของโครงการเก็บตัวอย่างน้ำของหน่วยงานรัฐ ตำแหน่งมาจากพิกัด GPS ที่บันทึกในภาคสนาม แหล่งข้อมูลไม่ได้ระบุวันที่เก็บตัวอย่าง และยังไม่มีการเผยแพร่ผลการตรวจวัด${extra.th ? ` ${extra.th}` : ''}`,
    en: `Listed as water-sampling point ${code} of a government sampling programme, at the position its field GPS recorded. The source gives no date, and no results are published.${extra.en ? ` ${extra.en}` : ''}`,
  },
  learn,
  status: 'candidate',
  source: `${SAMPLING}${sourceExtra}`,
  // One public repository of field data gives the positions; nothing else confirms them.
  confidence: 'medium',
  positionAccuracy: 15,
  visitMinutes: 10,
  ...more,
});

/** @type {Array<Record<string, unknown> & { at: number[] }>} */
const SITES = [
  // ── Environment: the eight water-sampling bridges (field GPS) ────────────────────────────────
  bridge(
    'MK01',
    'mk01-ring-road-2-bridge',
    { th: 'สะพานคลองแม่ข่า ถนนวงแหวนรอบ 2', en: 'Mae Kha bridge, Ring Road 2' },
    {
      th: 'สะพานนี้อยู่ปลายด้านเหนือของคลองช่วงในเมืองที่แสดงบนแผนที่',
      en: 'It marks the northern end of the city stretch drawn on this map.',
    },
    {
      th: 'เริ่มสังเกตคลองจากจุดนี้แล้วไล่ลงไปทางท้ายน้ำ จดสี กลิ่น และขยะที่มองเห็น แล้วนำไปเทียบกับสะพานจุดถัด ๆ ไป คลองช่วงในเมืองไหลผ่านชุมชนหลายแห่ง (แหล่งข้อมูลนับได้ 26 ชุมชน)',
      en: 'A place to start following the canal downstream: note its colour, smell and visible rubbish, and compare them at the next bridges. The city stretch passes many communities (the sources count 26).',
    },
    ['water', 'ecology'],
    '; PRD Chiang Mai, CityLife, cm108 via the facts file (26 communities)',
  ),
  bridge(
    'MK02',
    'mk02-si-lanna-bridge',
    { th: 'สะพานชุมชนศรีลานนา', en: 'Si Lanna community bridge' },
    { th: 'สะพานนี้อยู่ในชุมชนศรีลานนา', en: 'It lies in the Si Lanna community.' },
    {
      th: 'ชีวิตของชุมชนริมคลอง ชุมชนศรีลานนาเป็นชุมชนหนึ่งที่คลองแม่ข่าช่วงในเมืองไหลผ่าน ลองสังเกตว่าบ้านเรือนหันหน้าเข้าหาคลองหรือหันหลังให้คลอง',
      en: 'Life beside the canal: Si Lanna is one of the communities the city stretch passes. Notice whether houses face the canal or turn their backs to it.',
    },
    ['water', 'ecology', 'community'],
    '; PRD Chiang Mai; CityLife (communities)',
  ),
  bridge(
    'MK03',
    'mk03-st-peter-bridge',
    { th: 'สะพานคลองแม่ข่า ข้างโรงพยาบาลตาเซนต์ปีเตอร์', en: 'Mae Kha bridge by St Peter eye hospital' },
    {},
    {
      th: 'จุดเก็บตัวอย่างน้ำทั้ง 8 จุดของคลองแม่ข่าในรายชื่อนี้เป็นสะพาน ชวนคิดว่าสะพานช่วยให้ผู้เก็บตัวอย่างน้ำทำงานได้สะดวกขึ้นอย่างไร',
      en: 'All eight sampling points on the Mae Kha in this list are bridges. Discuss what a bridge makes easier for someone who takes water samples.',
    },
  ),
  bridge(
    'MK04',
    'mk04-si-mongkhon-bridge',
    { th: 'สะพานชุมชนศรีมงคล ซอยศรีมงคล', en: 'Si Mongkhon community bridge' },
    { th: 'สะพานนี้อยู่ในชุมชนศรีมงคล', en: 'It lies in the Si Mongkhon community.' },
    {
      th: 'คนในชุมชนศรีมงคลใช้ชีวิตร่วมกับคลองอย่างไร และมีสิ่งใดจากบ้านเรือนริมตลิ่งบ้างที่อาจลงไปอยู่ในคลองได้',
      en: 'How the Si Mongkhon community lives with the canal, and what from the homes along its banks can end up in the water.',
    },
    ['water', 'ecology', 'community'],
    '; PRD Chiang Mai; CityLife (communities)',
  ),
  bridge(
    'MK05',
    'mk05-jaeng-si-phum-bridge',
    { th: 'สะพานคลองแม่ข่า แจ่งศรีภูมิ', en: 'Mae Kha bridge at Jaeng Si Phum' },
    {
      th: 'สะพานนี้อยู่ใกล้แจ่งศรีภูมิ ป้อมมุมกำแพงเมืองด้านตะวันออกเฉียงเหนือ แหล่งข้อมูลเล่าว่าน้ำในคูเมืองเคยระบายลงคลองแม่ข่าแถวนี้ ใน OpenStreetMap ไม่มีถนนข้ามคลองตรงจุดนี้ (ถนนที่ใกล้ที่สุดอยู่ห่างไปทางเหนือราว 100 เมตร และทางใต้ราว 160 เมตร) สะพานนี้จึงอาจเป็นเพียงสะพานคนเดิน หรือพิกัดอาจคลาดไปราว 100 เมตร',
      en: 'It is near Jaeng Si Phum, the north-east corner bastion of the city wall; the sources say the moat drained into the Mae Kha near there. OpenStreetMap shows no street crossing the canal at this point (the nearest are about 100 m north and 160 m south): the bridge may carry only a footpath, or the point may be about 100 m off.',
    },
    {
      th: 'ใกล้จุดที่คูเมืองชั้นในกับคูเมืองชั้นนอก (คลองแม่ข่า) อยู่ใกล้กันที่สุด ชวนคิดว่าน้ำจากคูเมืองไหลมาถึงคลองได้อย่างไร',
      en: 'Near where the inner moat and the outer moat (the Mae Kha) come closest: think about how water from the moat reached the canal.',
    },
    ['water', 'ecology', 'history'],
    '; project facts file (moat link, medium confidence); OSM README: no street crosses the canal at this point, so the bridge carries a footway only or the point is about 100 m off',
    { positionAccuracy: 100 },
  ),
  bridge(
    'MK06',
    'mk06-sri-don-chai-bridge',
    { th: 'สะพานศรีดอนไชย', en: 'Sri Don Chai bridge' },
    {
      th: 'ที่นี่เป็นปลายด้านเหนือของงานฟื้นฟูระยะที่ 2 และปลายด้านใต้ของคลองช่วงไนท์บาซาร์',
      en: 'It is the north end of the phase-2 restoration and the south end of the Night Bazaar stretch.',
    },
    {
      th: 'ยืนในที่ปลอดภัยข้างสะพาน ไม่ยืนบนถนน แล้วดูคลอง ด้านท้ายน้ำคือช่วงฟื้นฟูระยะที่ 2 (ข่าวล่าสุดที่พบ เมื่อเดือนตุลาคม พ.ศ. 2568 ระบุว่างานยังดำเนินอยู่) ด้านเหนือน้ำคือช่วงไนท์บาซาร์ที่มีการเก็บขยะในวันคุ้มครองโลก พ.ศ. 2567 ถ้าจะเทียบกับอีกฝั่งของสะพาน ให้ข้ามถนนพร้อมผู้ใหญ่ตรงจุดที่ข้ามได้ปลอดภัย',
      en: 'From a safe spot beside the bridge, off the road, look at the canal: downstream is the phase-2 stretch (still under way in October 2025, the latest report found), upstream the Night Bazaar stretch, cleaned up on Earth Day 2024. To compare the other side, cross with an adult at a safe crossing.',
    },
    ['water', 'ecology'],
    '; CMU news 2024-04-23 (phase 2, Earth Day 2024); Nation 2025-10-15 (phases 2–3 under way)',
  ),
  bridge(
    'MK07',
    'mk07-mahidol-road-bridge',
    { th: 'สะพานคลองแม่ข่า ถนนมหิดล', en: 'Mae Kha bridge on Mahidol Road' },
    {
      th: 'สะพานนี้อยู่ท้ายน้ำของช่วงที่ฟื้นฟูแล้ว',
      en: 'It lies downstream of the restored stretch.',
    },
    {
      th: 'น้ำที่ไหลผ่านช่วงฟื้นฟูมาถึงที่นี่ ชวนคุยว่าการฟื้นฟูคลองเพียงช่วงเดียวพอหรือไม่ ในเมื่อน้ำทั้งหมดไหลลงมาจากทางเหนือน้ำ',
      en: 'Water from the restored stretch arrives here: discuss whether restoring one stretch is enough when all the water comes from upstream.',
    },
  ),
  bridge(
    'MK08',
    'mk08-ping-outfall-bridge',
    { th: 'สะพานคลองแม่ข่าก่อนไหลลงแม่น้ำปิง', en: 'Mae Kha bridge at the outfall to the Ping' },
    {
      th: 'วิทยานิพนธ์ของมหาวิทยาลัยเชียงใหม่ พ.ศ. 2566 (เก็บตัวอย่าง 7 จุด 3 ฤดู) ประเมินด้วยดัชนีทางเคมีว่าน้ำในคลองมีมลพิษสูงถึงสูงมาก แต่ไม่พบตัวเลขของจุดที่ระบุชื่อ',
      en: 'A 2023 Chiang Mai University thesis (7 sites, 3 seasons) rated the canal heavily to very heavily polluted by a chemical index, but no figures for named points are available.',
    },
    {
      th: 'น้ำของคลองแม่ข่าไปสิ้นสุดที่ไหน OpenStreetMap วาดคลองไปบรรจบแม่น้ำปิงใกล้สะพานนี้ ส่วนแหล่งข้อมูลระบุจุดสิ้นสุดไว้สองแบบ (ประตูระบายน้ำบ้านดอนไชย ตำบลป่าแดด หรือสบแม่ข่า อำเภอหางดง) แต่ตรงกันว่าคลองไหลลงแม่น้ำปิงทางใต้ของตัวเมือง ชวนคิดว่าสิ่งที่ลงคลองในเมืองส่งผลต่อแม่น้ำและคนท้ายน้ำอย่างไร',
      en: 'Where the Mae Kha’s water ends up: OpenStreetMap draws the canal reaching the Ping near this bridge; the sources give its end two ways (the Ban Don Chai water gate at Pa Daet, or Sop Mae Kha in Hang Dong) but agree that it joins the Ping south of the city. Discuss how what enters the canal in the city affects the river and people downstream.',
    },
    ['water', 'ecology'],
    '; CMU thesis 2023 (pollution rating, no figures); OpenStreetMap centreline (outfall); DPT 2024 and Crown Property Bureau (where the canal ends, reported two ways)',
  ),

  // ── Environment: other ───────────────────────────────────────────────────────────────────────
  {
    // The sources name the pumping station and Kat Kom market together as the end of phase 1 and
    // place neither on its own, so they are one site (an earlier version put two sites on one point).
    id: 'pumping-station-6-kat-kom',
    at: PHASE1_SOUTH,
    category: 'environment',
    themes: ['water', 'ecology', 'economy', 'community'],
    name: { th: 'สถานีสูบน้ำเสียที่ 6 และกาดก้อม', en: 'Wastewater pumping station No. 6 and Kat Kom market' },
    summary: {
      th: 'ปลายด้านใต้ของงานฟื้นฟูระยะที่ 1 (พ.ศ. 2565) บริเวณประตูก้อม ซึ่งแหล่งข้อมูลระบุว่าเป็นที่ตั้งของสถานีสูบน้ำเสียที่ 6 และกาดก้อม จุดบนแผนที่เป็นตำแหน่งโดยประมาณ งานระยะที่ 1 วางท่อรวบรวมน้ำเสียทั้งสองฝั่งคลอง เพื่อส่งน้ำเสียจากบ้านเรือนไปยังโรงบำบัดน้ำเสียของเทศบาลที่ป่าแดด',
      en: 'The south end of the 2022 phase-1 restoration, at Pratu Kom, where the sources place wastewater pumping station No. 6 and Kat Kom market; the map point is an estimate. The phase-1 works laid sewer pipes on both banks to carry household wastewater to the municipal treatment plant at Pa Daet.',
    },
    learn: {
      th: 'เมืองแยกน้ำเสียจากบ้านเรือนออกจากคลองได้อย่างไร ชวนคิดว่าสถานีสูบน้ำเสียทำหน้าที่อะไร แล้วแวะกาดก้อมดูว่าตลาดกับคลองช่วงที่ฟื้นฟูอยู่ติดกันอย่างไร',
      en: 'How a city keeps household wastewater out of a canal: think about what a wastewater pumping station does, then see how Kat Kom market sits beside the restored canal.',
    },
    status: 'candidate',
    source: `Nation 2022-07-12; CityLife 2022-07-11 (phase 1 ends at Pratu Kom / Kat Kom market / pumping station No. 6). Position estimated: ${PHASE1_KM * 1000} m downstream of Rakaeng bridge (OSM) along the OSM centreline; neither the station nor the market is in OpenStreetMap`,
    confidence: 'low',
    positionAccuracy: 250,
    visitMinutes: 20,
  },
  {
    id: 'huay-kaew-waterfall',
    at: [98.94355, 18.81143],
    category: 'environment',
    themes: ['water', 'ecology', 'history'],
    name: { th: 'น้ำตกห้วยแก้ว', en: 'Huay Kaew Waterfall' },
    summary: {
      th: 'น้ำตกบนห้วยแก้ว ลำห้วยจากดอยสุเทพที่ไหลไปทางตะวันออก มุ่งหน้าไปทางมุมตะวันตกเฉียงเหนือของคูเมือง คลองแม่ข่ารับน้ำจากลำห้วยบนดอยสุเทพ–ปุย แต่ไม่มีแหล่งข้อมูลใดระบุว่าห้วยแก้วบรรจบคลองที่จุดใด',
      en: 'A waterfall on the Huai Kaeo, a Doi Suthep stream that flows east toward the north-west corner of the city moat. The Mae Kha is fed by Doi Suthep–Pui streams, but no source documents where the Huai Kaeo joins it.',
    },
    learn: {
      th: 'น้ำของเมืองเริ่มต้นจากที่ใด ตำนานการสร้างเมืองนับลำห้วยจากดอยสุเทพเป็นหนึ่งในแหล่งน้ำของเชียงใหม่ ชวนคิดว่าน้ำจากภูเขาเดินทางมาถึงคูเมืองและคลองแม่ข่าได้อย่างไร',
      en: 'Where the city’s water begins: the founding legend counts the Doi Suthep streams among Chiang Mai’s water sources. Discuss how mountain water reaches the moat and the canal.',
    },
    status: 'candidate',
    source: `${OSM}; th.wikipedia; Matichon Weekly (legend)`,
    // The position is OSM's, but the text rests on the facts file's M/L course of the Huai Kaeo.
    confidence: 'medium',
    positionAccuracy: 15,
    visitMinutes: 30,
  },
  {
    id: 'ang-kaew-reservoir',
    at: [98.94938, 18.80728],
    category: 'environment',
    themes: ['water', 'ecology'],
    name: { th: 'อ่างแก้ว (มหาวิทยาลัยเชียงใหม่)', en: 'Ang Kaew reservoir (Chiang Mai University)' },
    summary: {
      th: 'อ่างเก็บน้ำในมหาวิทยาลัยเชียงใหม่ ห่างจากน้ำตกห้วยแก้วไม่ถึง 1 กิโลเมตร แหล่งข้อมูลที่ใช้ไม่ได้ระบุว่าน้ำจากที่นี่ไหลไปถึงคลองแม่ข่าหรือไม่ และไหลไปทางใด',
      en: 'A reservoir at Chiang Mai University, less than 1 km from Huay Kaew Waterfall. Our sources do not say whether or how its water reaches the Mae Kha.',
    },
    learn: {
      th: 'มองจากฝั่งต้นน้ำ เทียบน้ำที่กักเก็บไว้ทางฝั่งดอยสุเทพกับคลองแม่ข่าในเมือง แล้วชวนคิดว่าทำไมเส้นทางน้ำจากดอยมาถึงคลองจึงสืบค้นได้ยาก',
      en: 'An upstream view: compare water stored on the Doi Suthep side of the city with the canal downtown, and ask why the links between the mountain streams and the Mae Kha are hard to trace.',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 20,
  },

  // ── Learning (all candidates: no official list of prototype learning sites exists) ───────────
  {
    id: 'phase-1-promenade',
    at: PHASE1_MIDDLE,
    category: 'learning',
    themes: ['water', 'community', 'ecology'],
    name: {
      th: 'ทางเดินริมคลองแม่ข่า ระยะที่ 1 (ระแกง–กาดก้อม)',
      en: 'Restored canal walk, phase 1 (Rakaeng–Kat Kom)',
    },
    summary: {
      th: 'คลองช่วงยาวราว 750 เมตร จากสะพานระแกงถึงกาดก้อม หลังวัดหัวฝาย เทศบาลนครเชียงใหม่ฟื้นฟูเมื่อ พ.ศ. 2565 ด้วยงบ 22 ล้านบาท (ข่าวเดือนกรกฎาคม พ.ศ. 2565 ระบุว่างานเสร็จไปแล้วร้อยละ 90) วางท่อรวบรวมน้ำเสียทั้งสองฝั่ง และสร้างทางเดินริมคลองกว้าง 2 เมตร ข่าวในช่วงนั้นเปรียบเทียบโครงการนี้กับคลองชองกเยชอนของกรุงโซลและเมืองโอตารุ',
      en: 'About 750 m of canal from Rakaeng bridge to Kat Kom, behind Wat Hua Fai, restored by the municipality in 2022 for 22 million baht (reported 90 % done in July 2022), with sewer pipes on both banks and a 2 m walkway on the canal side. Reports at the time compared the project with Seoul’s Cheonggyecheon and with Otaru.',
    },
    learn: {
      th: 'ท่อรวบรวมน้ำเสียทั้งสองฝั่งช่วยแยกน้ำเสียจากบ้านเรือนออกจากคลองได้อย่างไร และทางเดินกว้าง 2 เมตร ทำให้ชีวิตของคนริมคลองเปลี่ยนไปอย่างไร',
      en: 'How household wastewater is kept out of the canal by sewer pipes on both banks, and what a 2 m walkway changes for the people who live along it.',
    },
    status: 'candidate',
    source:
      `Nation 2022-07-12; CityLife 2022-07-11; municipal press conference 2022-11-18. Position estimated: midpoint of the 750 m stretch, ${PHASE1_KM * 500} m downstream of Rakaeng bridge (OSM) along the OSM centreline`,
    confidence: 'low',
    positionAccuracy: 400,
    visitMinutes: 30,
  },
  {
    id: 'rakaeng-bridge',
    at: RAKAENG,
    category: 'learning',
    themes: ['community', 'water'],
    name: { th: 'สะพานระแกง', en: 'Rakaeng (Ragang) bridge' },
    summary: {
      th: 'ปลายด้านเหนือของงานฟื้นฟูระยะที่ 1 และปลายด้านใต้ของระยะที่ 2 ชุมชนกำแพงงามและชุมชนหัวฝาย (ช้างคลาน) ตั้งอยู่คนละฝั่งคลอง หันหน้าเข้าหากันที่สะพานนี้',
      en: 'The north end of the phase-1 restoration and the south end of phase 2. The Kamphaeng Ngam and Hua Fai (Chang Khlan) communities face each other across the canal here.',
    },
    learn: {
      th: 'สองชุมชนใช้คลองสายเดียวกันอย่างไร ถ้าชาวกำแพงงามหรือชาวหัวฝายยินดีคุยด้วย ลองถามว่าการอยู่กันคนละฝั่งคลองเป็นอย่างไร',
      en: 'How two communities share one canal: if people from Kamphaeng Ngam or Hua Fai are happy to talk, ask them about life on facing banks.',
    },
    status: 'candidate',
    source: `PRD Chiang Mai; CityLife 2019, 2022; Nation 2022-07-12. Position: ${OSM}, point “สะพานระแกง โอตารุเชียงใหม่”, ${RAKAENG_FROM_MK06_M} m downstream of MK06 along the centreline (the facts file's estimate of 450 m was 116 m off)`,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 15,
  },
  {
    id: 'merit-bridge',
    at: alongFrom('MK06', 0.7),
    category: 'learning',
    themes: ['community', 'culture'],
    name: { th: 'สะพานบุญแม่ข่า', en: 'Mae Kha merit bridge (Saphan Bun Mae Kha)' },
    summary: {
      th: 'สะพานคนเดินข้ามคลองที่เชื่อมชุมชนวัดหัวฝายกับชุมชนกำแพงงาม แหล่งข้อมูลที่ใช้ไม่ได้ระบุตำแหน่ง จุดบนแผนที่เป็นเพียงการคาดคะเน โดยวางไว้บนคลองใกล้สะพานระแกง ซึ่งชุมชนกำแพงงามกับชุมชนหัวฝายตั้งอยู่คนละฝั่งคลอง',
      en: 'A footbridge, the “merit bridge”, linking the Wat Hua Fai community and Kamphaeng Ngam. Our sources do not give its position: the map point is only a guess, placed on the canal near Rakaeng bridge, where Kamphaeng Ngam and Hua Fai face each other.',
    },
    learn: {
      th: 'สะพานคนเดินมีความหมายต่อเพื่อนบ้านสองฝั่งคลองอย่างไร และชวนคุยว่าทำไมสะพานนี้จึงอาจได้ชื่อว่า “สะพานบุญ”',
      en: 'What a footbridge means for neighbours on opposite banks, and why it might be called a “merit” bridge.',
    },
    status: 'candidate',
    source:
      'PRD Chiang Mai; CityLife 2019, 2022; cm108. Position estimated: placed on the phase-1 stretch, 700 m downstream of MK06 along the OSM centreline; real position not found, so it is not drawn as a line in the walking network',
    confidence: 'low',
    positionAccuracy: 400,
    visitMinutes: 10,
  },
  {
    id: 'wat-hua-fai',
    at: WAT_HUA_FAI,
    category: 'learning',
    themes: ['history', 'culture', 'water'],
    name: { th: 'วัดหัวฝาย', en: 'Wat Hua Fai' },
    summary: {
      th: 'เว็บไซต์ท่องเที่ยวแห่งหนึ่ง (chiangmaitouring) ระบุว่าวัดสร้างขึ้นเมื่อ พ.ศ. 2130 (ค.ศ. 1587) และชื่อวัดมาจากฝายบนลำน้ำสาขาของคลองแม่ข่า ยังไม่พบแหล่งข้อมูลอื่นยืนยัน คลองช่วงที่ฟื้นฟูในระยะที่ 1 อยู่ด้านหลังวัด',
      en: 'A temple that one tourist website (chiangmaitouring) says was founded in 1587 CE and named after a weir (fai) on a branch of the Mae Kha; no other source was found to confirm it. The phase-1 restored stretch runs behind it.',
    },
    learn: {
      th: 'ชื่อสถานที่บอกเล่าประวัติศาสตร์สายน้ำได้ ตามที่แหล่งข้อมูลเล่า ชื่อ “หัวฝาย” มาจากฝายบนลำน้ำสาขาของแม่ข่า ชวนหาชื่อสถานที่อื่นริมคลองที่เกี่ยวกับน้ำ',
      en: 'How a place name can record water history: by its source, “Hua Fai” comes from a weir on a branch of the Mae Kha. Look for other place names along the canal that have to do with water.',
    },
    status: 'candidate',
    source:
      `chiangmaitouring (founding, name); Nation 2022-07-12; CityLife 2022-07-11 (phase 1 behind the temple). Position: ${OSM}, the temple's point (the centre of its grounds, ${toCanal(WAT_HUA_FAI)} m from the canal)`,
    confidence: 'medium',
    positionAccuracy: 60,
    visitMinutes: 20,
  },
  {
    id: 'canal-bank-gardens',
    at: alongFrom('MK06', 1.05),
    category: 'learning',
    themes: ['food', 'community', 'ecology'],
    name: {
      th: 'แปลงผักและสมุนไพรริมคลอง (ระแกงและหายยา)',
      en: 'Canal-bank vegetable and herb gardens (Rakaeng and Hai Ya)',
    },
    summary: {
      th: 'ข่าวของสำนักงานประชาสัมพันธ์จังหวัดเชียงใหม่และ CityLife ช่วง พ.ศ. 2562–2565 เล่าว่าชาวบ้านระแกงและหายยาปลูกผักและสมุนไพรบนตลิ่งคลองแม่ข่าช่วงระยะที่ 1 ควรตรวจสอบว่ายังมีแปลงผักอยู่หรือไม่ก่อนวางแผนแวะชม',
      en: 'News reports from 2019–2022 (PRD Chiang Mai, CityLife) described villagers of Rakaeng and Hai Ya growing vegetables and herbs on the banks of the phase-1 stretch. Check that the gardens are still there before you plan the visit.',
    },
    learn: {
      th: 'ชุมชนใช้ตลิ่งคลองปลูกอาหารอย่างไร ถ้ายังมีแปลงผักอยู่ ลองดูว่าปลูกผักและสมุนไพรอะไรบ้าง ใครเป็นคนดูแล และแปลงผักเกี่ยวข้องกับน้ำในคลองอย่างไร',
      en: 'How residents use a canal bank for food: if the gardens are still there, which vegetables and herbs grow, who tends them, and how the gardens relate to the water.',
    },
    status: 'candidate',
    source:
      'PRD Chiang Mai; CityLife 2019, 2022; cm108. Position estimated: on the phase-1 stretch, 1.05 km downstream of MK06 along the OSM centreline',
    confidence: 'low',
    positionAccuracy: 400,
    visitMinutes: 20,
  },
  {
    id: 'phase-2-walkway',
    at: PHASE2_MIDDLE,
    category: 'learning',
    themes: ['water', 'community'],
    // The sources describe phase 2 as restoring the canal; none describes a walkway on it.
    name: {
      th: 'คลองแม่ข่าช่วงฟื้นฟูระยะที่ 2 (ศรีดอนไชย–ระแกง)',
      en: 'Restoration phase 2 (Sri Don Chai–Rakaeng)',
    },
    summary: {
      th: `งานฟื้นฟูระยะที่ 2 (พ.ศ. 2567) ครอบคลุมคลองจากสะพานระแกงขึ้นไปทางเหนือถึงสะพานศรีดอนไชย ข่าวระบุว่ายาวราว 450 เมตร แต่วัดตามแนวคลองใน OpenStreetMap ได้ราว ${RAKAENG_FROM_MK06_M} เมตร ข่าวเมื่อเดือนตุลาคม พ.ศ. 2568 ระบุว่างานระยะที่ 2–3 ยังดำเนินอยู่`,
      en: `Phase 2 of the restoration (2024) covers the canal from Rakaeng bridge north to Sri Don Chai bridge: about 450 m in the news report, about ${RAKAENG_FROM_MK06_M} m along the canal as OpenStreetMap maps it. Phases 2–3 were still under way in October 2025.`,
    },
    learn: {
      th: 'การฟื้นฟูคลองขยายไปทีละช่วงอย่างไร เทียบช่วงนี้กับคลองช่วงระยะที่ 1 (พ.ศ. 2565) ที่อยู่ถัดลงไปทางท้ายน้ำ',
      en: 'How a restoration grows stretch by stretch: compare this stretch with the phase-1 stretch of 2022 just downstream.',
    },
    status: 'candidate',
    source:
      `CMU news 2024-04-23; Nation 2025-10-15. Position estimated: midpoint between MK06 and Rakaeng bridge (OSM), ${RAKAENG_FROM_MK06_M / 2} m downstream of MK06 along the OSM centreline`,
    confidence: 'low',
    positionAccuracy: 300,
    visitMinutes: 15,
  },
  {
    id: 'night-bazaar-stretch',
    at: alongFrom('MK06', -0.375),
    category: 'learning',
    themes: ['water', 'ecology', 'community'],
    name: { th: 'คลองแม่ข่าช่วงไนท์บาซาร์', en: 'Night Bazaar stretch of the canal' },
    summary: {
      th: 'คลองช่วงยาว 800 เมตร จากสะพานศรีดอนไชยถึงสะพานถนนลอยเคราะห์และถนนท่าแพ มีการเก็บขยะในวันคุ้มครองโลก พ.ศ. 2567 โดยมี Mae Kha City Lab ห้องปฏิบัติการวิจัยคลองแม่ข่าที่มหาวิทยาลัยเชียงใหม่สนับสนุน เป็นหนึ่งในผู้จัด',
      en: 'The 800 m stretch from Sri Don Chai bridge to the Loi Kroh and Tha Phae bridges, cleaned up on Earth Day 2024; Mae Kha City Lab, a research lab backed by Chiang Mai University, was among the organisers.',
    },
    learn: {
      th: 'การเก็บขยะในคลองจัดขึ้นอย่างไร ใครร่วมได้บ้าง และขยะแบบไหนที่ลงมาอยู่ในคลองข้างย่านการค้า',
      en: 'How a canal clean-up is organised and who can take part, and what kinds of rubbish end up in a canal beside a market area.',
    },
    status: 'candidate',
    source:
      'CMU news 2024-04-23; maekhacitylab.com. Position estimated: midpoint of the stretch, 375 m upstream of MK06 along the OSM centreline',
    sourceUrl: CITY_LAB_URL,
    confidence: 'low',
    positionAccuracy: 400,
    visitMinutes: 20,
  },
  {
    id: 'walkway-north-of-tha-phae',
    at: alongFrom('MK05', 0.6),
    category: 'learning',
    themes: ['water', 'community'],
    name: { th: 'ทางเดินริมคลองช่วงเหนือถนนท่าแพ (มีรายงานว่าปรับปรุงแล้ว)', en: 'Canal walkway north of Tha Phae Road (reported renovated)' },
    summary: {
      th: 'บล็อกของผู้มาเยือนรายหนึ่งเล่าว่า เมื่อเดือนธันวาคม พ.ศ. 2568 ทางเดินริมคลองช่วงเหนือถนนท่าแพไปทางแจ่งศรีภูมิได้รับการปรับปรุงแล้ว ข้อมูลนี้มาจากแหล่งเดียวและยังไม่ได้ยืนยัน',
      en: 'A visitor’s blog reported that, as of December 2025, the walkways along the canal north of Tha Phae Road toward Jaeng Si Phum had been renovated. This comes from a single, unconfirmed source.',
    },
    learn: {
      th: 'ถ้าทางเดินช่วงนี้ได้รับการปรับปรุงแล้วตามที่บล็อกเล่าไว้ ลองเทียบกับช่วงอื่น ทั้งวัสดุ การเข้าถึงน้ำ และการใช้งานของคนในชุมชนและผู้มาเยือน',
      en: 'If the walkway has been renovated as the blog reports, compare it with other stretches: materials, access to the water, and how residents and visitors use it.',
    },
    status: 'candidate',
    source:
      'A visitor’s blog 2025 (low confidence); Nation 2025-10-15. Position estimated: midpoint between MK05 and Tha Phae Rd, 600 m downstream of MK05 along the OSM centreline',
    confidence: 'low',
    positionAccuracy: 400,
    visitMinutes: 15,
  },
  {
    id: 'jaeng-si-phum',
    at: JAENG_SI_PHUM,
    category: 'learning',
    themes: ['history', 'water'],
    name: { th: 'แจ่งศรีภูมิ', en: 'Jaeng Si Phum (north-east corner bastion)' },
    summary: {
      th: `ป้อมมุมกำแพงเมืองด้านตะวันออกเฉียงเหนือ ริมคูเมือง ห่างจากคลองแม่ข่าราว ${toCanal(JAENG_SI_PHUM)} เมตร แหล่งข้อมูลเล่าว่าน้ำในคูเมืองเคยระบายไปทางตะวันออกเฉียงเหนือ และไหลลงคลองแม่ข่าใกล้แจ่งศรีภูมิ`,
      en: `The north-east corner bastion of the city wall, beside the moat, about ${toCanal(JAENG_SI_PHUM)} m from the Mae Kha. The sources say the moat drained toward the north-east, into the Mae Kha near Jaeng Si Phum.`,
    },
    learn: {
      th: 'คูเมืองชั้นในเชื่อมกับคูเมืองชั้นนอก (คลองแม่ข่า) อย่างไร เริ่มที่แจ่งแล้วเดินไปยังสะพาน MK05 ที่อยู่ใกล้ ๆ',
      en: 'How the inner moat was linked to the outer moat (the Mae Kha): start at the bastion, then walk to the nearby canal bridge MK05.',
    },
    status: 'candidate',
    source: `${OSM}: the corner of the bastion's wall polygon (way 263459882) nearest the moat's corner; project facts file (moat link, medium confidence)`,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 15,
  },
  {
    id: 'earthen-wall',
    at: EARTHEN_WALL,
    category: 'learning',
    // History only: nothing at an estimated point on city streets carries culture tasks.
    themes: ['history'],
    name: { th: 'แนวกำแพงดิน', en: 'Earthen wall (Kamphaeng Din)' },
    summary: {
      th: 'คลองแม่ข่าไหลอยู่นอกแนวกำแพงดิน ทำหน้าที่เป็นคูเมืองชั้นนอก เมื่อ พ.ศ. 2566 Mae Kha City Lab จัดเดินสำรวจริมคลองและแนวกำแพงดิน แหล่งข้อมูลที่ใช้ไม่ได้ระบุตำแหน่งกำแพง จุดนี้จึงเป็นเพียงการประมาณ',
      en: 'The Mae Kha runs outside an earthen wall as the old city’s outer moat; in 2023 Mae Kha City Lab led walks along the canal and the wall. Our sources do not locate the wall, so this point is only an estimate.',
    },
    learn: {
      th: 'ในอดีตเมืองเชียงใหม่มีแนวล้อมเมืองหลายชั้น ทั้งคูเมืองชั้นใน กำแพงดิน และคลองแม่ข่าที่เป็นคูเมืองชั้นนอก ลองสังเกตว่าระหว่างแจ่งก๊ะต๊ำกับคลองยังเห็นร่องรอยของกำแพงดินหรือไม่ (แหล่งข้อมูลที่ใช้ไม่ได้บอกว่ายังเหลืออยู่หรือไม่)',
      en: 'How Chiang Mai was ringed in layers: the inner moat, the earthen wall and the Mae Kha as the outer moat. Look for any trace of the wall between Jaeng Katam and the canal (our sources do not say whether one remains).',
    },
    status: 'candidate',
    source:
      'Chiang Mai Municipality (cmcity.go.th); Thai Post; maekhacitylab.com (2023 walks). Position estimated: halfway between the Jaeng Katam bastion (OSM) and the nearest point of the OSM centreline; the wall’s course is not in our sources',
    sourceUrl: CITY_LAB_URL,
    confidence: 'low',
    positionAccuracy: 400,
    visitMinutes: 20,
  },
  {
    id: 'city-arts-cultural-centre',
    at: [98.98688, 18.79023],
    category: 'learning',
    themes: ['history', 'culture'],
    name: { th: 'หอศิลปวัฒนธรรมเมืองเชียงใหม่', en: 'Chiang Mai City Arts & Cultural Centre' },
    summary: {
      th: 'พิพิธภัณฑ์ของเทศบาลนครเชียงใหม่ ตั้งอยู่กลางเมืองเก่าภายในคูเมือง ติดกับอนุสาวรีย์สามกษัตริย์',
      en: 'A municipal museum in the centre of the old city, inside the moat, beside the Three Kings Monument.',
    },
    learn: {
      th: 'เริ่มเรื่องราวของเมืองก่อนเดินไปที่คลอง เชียงใหม่สร้างขึ้นเมื่อ พ.ศ. 1839 (ค.ศ. 1296) และคลองแม่ข่าเป็นหนึ่งในชัยมงคล 7 ประการของการสร้างเมือง',
      en: 'Start with the city’s story before walking to the canal: Chiang Mai was founded in 1296 CE, and the Mae Kha was one of the seven auspicious signs read at its founding.',
    },
    status: 'candidate',
    source: `${OSM}; th.wikipedia; Matichon Weekly (founding)`,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 45,
    openingHours: MUSEUM_HOURS,
  },
  {
    id: 'lanna-folklife-museum',
    at: [98.98841, 18.79023],
    category: 'learning',
    themes: ['culture', 'history'],
    name: { th: 'พิพิธภัณฑ์พื้นถิ่นล้านนา', en: 'Lanna Folklife Museum' },
    summary: {
      th: 'พิพิธภัณฑ์ของเทศบาลนครเชียงใหม่ ตั้งอยู่กลางเมืองเก่าภายในคูเมือง ใกล้อนุสาวรีย์สามกษัตริย์',
      en: 'A municipal museum in the centre of the old city, inside the moat, near the Three Kings Monument.',
    },
    learn: {
      th: 'ใช้การแวะชมที่นี่ปูพื้นความรู้ก่อนไปดูคลอง ชวนตั้งคำถามว่าผู้คนในเชียงใหม่สมัยก่อนใช้น้ำและอยู่ร่วมกับน้ำอย่างไร',
      en: 'Background for the canal: use the visit to ask how people in old Chiang Mai used water and lived with it.',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 45,
    openingHours: MUSEUM_HOURS,
  },
  {
    id: 'three-kings-monument',
    at: [98.98735, 18.79023],
    category: 'learning',
    themes: ['history', 'culture', 'water'],
    name: { th: 'อนุสาวรีย์สามกษัตริย์', en: 'Three Kings Monument' },
    summary: {
      th: 'อนุสาวรีย์กลางเมืองเก่า เหมาะเป็นจุดเล่าเรื่องการสร้างเมือง พญามังรายสร้างเมืองเชียงใหม่เมื่อ พ.ศ. 1839 (ค.ศ. 1296) โดยพิจารณาจากชัยมงคล 7 ประการ ซึ่งหนึ่งในนั้นคือคลองแม่ข่า',
      en: 'A monument in the centre of the old city and a good place to tell the founding story: King Mangrai founded Chiang Mai in 1296 CE (B.E. 1839) after reading seven auspicious signs, one of them the Mae Kha.',
    },
    learn: {
      th: 'ทำไมผู้สร้างเมืองจึงให้ความสำคัญกับน้ำ ตำนานนับคลองแม่ข่าเป็นหนึ่งในแหล่งน้ำสี่แห่งของเมือง ร่วมกับลำห้วยจากดอยสุเทพ หนองบัว และแม่น้ำปิง',
      en: 'Why founders cared about water: the legend counts the Mae Kha among the city’s four water sources, with the Doi Suthep streams, the Nong Bua swamp and the Ping.',
    },
    status: 'candidate',
    source: `${OSM}; th.wikipedia; Matichon Weekly (founding legend)`,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 15,
  },
  {
    id: 'tha-phae-gate',
    at: [98.99327, 18.78776],
    category: 'learning',
    themes: ['history', 'culture'],
    name: { th: 'ประตูท่าแพ', en: 'Tha Phae Gate' },
    summary: {
      th: 'ประตูเมืองด้านตะวันออกของเมืองเก่า ห่างจากคลองแม่ข่าราว 520 เมตร ถนนท่าแพทอดไปทางตะวันออกถึงคลองแม่ข่า และข้ามคลองห่างจากสะพานถนนวงแหวนรอบ 2 ราว 7.1–7.2 กิโลเมตรตามแนวคลอง (ระบุจุดข้ามจากตำแหน่ง เพราะข้อมูลถนนที่แอปนำมาจาก OpenStreetMap ไม่มีชื่อถนน)',
      en: 'The east gate of the old city, about 520 m from the Mae Kha. Tha Phae Road leads east to the canal and crosses it about 7.1–7.2 km down the city stretch from the Ring Road 2 bridge (the crossing is identified by its position, as the OpenStreetMap street data carries no names).',
    },
    learn: {
      th: 'เดินจากประตูไปที่คลองเพื่อเห็นชั้นของเมือง จากคูเมืองชั้นในไปถึงคลองแม่ข่าซึ่งเป็นคูเมืองชั้นนอก แล้วชวนคิดว่าแนวกำแพงดินเคยอยู่ตรงไหนระหว่างทาง',
      en: 'Walk from the gate to the canal to see the city’s layers, from the inner moat to the Mae Kha as the outer moat, and ask where the earthen wall ran in between.',
    },
    status: 'candidate',
    source: `${OSM} (the gate; the crossing that is probably Tha Phae Road, data/sources/osm/canal-crossings.geojson, 7,123 m; facts file ≈7.2 km)`,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 15,
  },
  {
    id: 'wat-buppharam',
    at: [98.99816, 18.78791],
    category: 'learning',
    themes: ['culture', 'community'],
    name: { th: 'วัดบุพพาราม', en: 'Wat Buppharam' },
    summary: {
      th: 'วัดที่อยู่ระหว่างเมืองเก่ากับคลองแม่ข่า ห่างจากคลองเพียงราว 110 เมตร',
      en: 'A temple between the old city and the Mae Kha, only about 110 m from the canal.',
    },
    learn: {
      th: 'วัดกับชุมชนริมคลองแม่ข่าอยู่ร่วมกันอย่างไร สังเกตว่าวัดอยู่ใกล้น้ำแค่ไหน และใครใช้ตรอกซอยระหว่างวัดกับคลอง',
      en: 'How temples and canal-side neighbourhoods sit together along the Mae Kha: notice how close the temple is to the water and who uses the lanes in between.',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 20,
  },
  {
    id: 'jaeng-katam',
    at: JAENG_KATAM,
    category: 'learning',
    themes: ['history', 'water'],
    name: { th: 'แจ่งก๊ะต๊ำ', en: 'Jaeng Katam (south-east corner bastion)' },
    summary: {
      th: `ป้อมมุมกำแพงเมืองด้านตะวันออกเฉียงใต้ ริมคูเมือง ห่างจากคลองแม่ข่าราว ${toCanal(JAENG_KATAM)} เมตร คลองแม่ข่าเป็นคูเมืองชั้นนอกที่อยู่ถัดแนวกำแพงดินออกไป`,
      en: `The south-east corner bastion of the city wall, beside the moat, about ${toCanal(JAENG_KATAM)} m from the Mae Kha, the outer moat beyond the earthen wall.`,
    },
    learn: {
      th: `ระยะห่างระหว่างคูเมืองชั้นในกับคูเมืองชั้นนอก จากแจ่งก๊ะต๊ำถึงคลองแม่ข่าราว ${toCanal(JAENG_KATAM)} เมตร ชวนคิดว่าพื้นที่ระหว่างคูทั้งสองเคยใช้ทำอะไร`,
      en: `The gap between the inner and outer moats: from this bastion to the Mae Kha is about ${toCanal(JAENG_KATAM)} m. Ask how the land between the two was used.`,
    },
    status: 'candidate',
    source: `${OSM}: the corner of the bastion's wall polygon (way 791602197) nearest the moat's corner`,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 10,
  },

  // ── Economy: real markets named in the sources (OSM); as learning points they are candidates ──
  {
    id: 'warorot-market',
    at: [99.00052, 18.79022],
    category: 'economy',
    themes: ['economy', 'food'],
    name: { th: 'ตลาดวโรรส (กาดหลวง)', en: 'Warorot Market (Kad Luang)' },
    summary: {
      th: 'ตลาดวโรรสหรือกาดหลวง ห่างจากคลองแม่ข่าราว 150 เมตร ไม่ได้แสดงเวลาเปิดปิดเพราะแหล่งข้อมูลระบุไม่ตรงกัน',
      en: 'Warorot Market, also called Kad Luang, about 150 m from the Mae Kha. Opening hours are not shown because sources disagree.',
    },
    learn: {
      th: 'เศรษฐกิจท้องถิ่นริมคลองเป็นอย่างไร สินค้ามาจากไหน และขยะกับน้ำเสียของตลาดที่อยู่ห่างคลองเพียงราว 150 เมตรไปอยู่ที่ใด',
      en: 'How the canal-side economy works: where the goods come from, and where the waste and wastewater of a market 150 m from the canal go.',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 30,
  },
  {
    id: 'ton-lamyai-market',
    at: [99.0014, 18.79043],
    category: 'economy',
    themes: ['economy', 'food'],
    name: { th: 'ตลาดต้นลำไย', en: 'Ton Lamyai Market' },
    summary: {
      th: 'ตลาดติดกับตลาดวโรรส ห่างจากคลองแม่ข่าราว 240 เมตร',
      en: 'A market next to Warorot Market, about 240 m from the Mae Kha.',
    },
    learn: {
      th: 'เทียบตลาดที่อยู่ติดกัน แต่ละตลาดขายอะไร และการค้าของย่านนี้เกี่ยวข้องกับคลองหรือไม่ อย่างไร',
      en: 'Compare neighbouring markets: what each sells, and whether trade in this area has anything to do with the canal.',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 20,
  },
  {
    id: 'somphet-market',
    at: [98.99308, 18.7915],
    category: 'economy',
    themes: ['economy', 'food'],
    name: { th: 'ตลาดสมเพชร', en: 'Somphet Market' },
    summary: {
      th: 'ตลาดในเมืองเก่า อยู่ด้านในคูเมืองฝั่งตะวันออก ใกล้แจ่งศรีภูมิ ห่างจากคลองแม่ข่าราว 270 เมตร',
      en: 'A market in the old city, just inside the east side of the moat near Jaeng Si Phum, about 270 m from the Mae Kha.',
    },
    learn: {
      th: 'ตลาดละแวกบ้านในเมืองเก่า ลองสำรวจว่าลูกค้ามาจากที่ใด และต้องข้ามคูเมืองมาหรือไม่',
      en: 'A neighbourhood market in the old city: find out where its customers come from and whether they cross the moat to get there.',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 20,
  },
  {
    id: 'muang-mai-market',
    at: [98.99821, 18.79718],
    category: 'economy',
    themes: ['economy', 'food'],
    name: { th: 'ตลาดเมืองใหม่', en: 'Muang Mai Market' },
    summary: {
      th: 'ตลาดทางตะวันออกของคลองแม่ข่า ห่างจากคลองราว 420 เมตร',
      en: 'A market east of the Mae Kha, about 420 m from the canal.',
    },
    learn: {
      th: 'การค้ากับสายน้ำ สินค้าเข้ามาในตลาดทางไหน และตลาดจัดการขยะกับน้ำเสียอย่างไร',
      en: 'Trade and water: how goods arrive at the market, and how it deals with its waste and wastewater.',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 20,
  },
  {
    id: 'kham-thiang-market',
    at: [98.99846, 18.80646],
    category: 'economy',
    themes: ['economy', 'history', 'food'],
    name: { th: 'ตลาดคำเที่ยง', en: 'Kham Thiang Market' },
    summary: {
      th: 'ตลาดทางเหนือของเมืองเก่า มีรายงานว่าทางใต้ของตลาดมีลำน้ำสายเก่าที่คดเคี้ยวชื่อ “แม่ข่าน้อย” อยู่ข้างคลองสายตรง (ความเชื่อมั่นต่ำถึงปานกลาง)',
      en: 'A market north of the old city. South of it, an older winding channel called Mae Kha Noi is reported beside the straight canal (low to medium confidence).',
    },
    learn: {
      th: 'ทำไมคลองสายตรงจึงอาจมีลำน้ำคดเคี้ยวสายเก่าอยู่ข้าง ๆ ลองมองหาร่องรอยของลำน้ำสายเก่า (แม่ข่าน้อย) ทางใต้ของตลาด ข้อมูลนี้มีความเชื่อมั่นต่ำถึงปานกลาง',
      en: 'Why might a straight canal run beside an older winding channel? South of the market, look for traces of the older channel (Mae Kha Noi), which is reported with low to medium confidence.',
    },
    status: 'candidate',
    source: `${OSM}; project facts file (Mae Kha Noi, low–medium confidence)`,
    // The position is OSM's, but Mae Kha Noi is reported with low to medium confidence.
    confidence: 'medium',
    positionAccuracy: 15,
    visitMinutes: 20,
  },
  {
    id: 'night-bazaar',
    at: [99.00044, 18.78478],
    category: 'economy',
    themes: ['economy', 'culture'],
    name: { th: 'ไนท์บาซาร์', en: 'Night Bazaar' },
    summary: {
      th: 'ย่านตลาดกลางคืน ห่างจากคลองแม่ข่าราว 160 เมตร ข่าวของมหาวิทยาลัยเชียงใหม่เรียกคลองช่วงที่อยู่ใกล้ ๆ ว่า “ช่วงไนท์บาซาร์”',
      en: 'A night market area about 160 m from the Mae Kha; CMU news calls the nearby canal stretch the “Night Bazaar stretch”.',
    },
    learn: {
      th: 'การค้าเพื่อการท่องเที่ยวกับคลองอยู่ใกล้กันอย่างไร คลองช่วงไนท์บาซาร์ยาว 800 เมตรที่อยู่ใกล้ ๆ มีการเก็บขยะในวันคุ้มครองโลก พ.ศ. 2567',
      en: 'Where tourist trade meets the canal: the nearby 800 m Night Bazaar stretch was cleaned up on Earth Day 2024.',
    },
    status: 'candidate',
    source: `${OSM}; CMU news 2024-04-23 (Night Bazaar stretch)`,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 30,
  },
  {
    id: 'anusarn-market',
    at: [99.00151, 18.78257],
    category: 'economy',
    themes: ['economy', 'food'],
    name: { th: 'ตลาดอนุสาร', en: 'Anusarn Market' },
    summary: {
      th: 'ตลาดห่างจากคลองแม่ข่าราว 280 เมตร ใกล้สะพานศรีดอนไชย',
      en: 'A market about 280 m from the Mae Kha, near Sri Don Chai bridge.',
    },
    learn: {
      th: 'ถ้าคลองช่วงใกล้ ๆ สะอาดขึ้น ตลาดจะได้ประโยชน์อะไรบ้าง และตลาดช่วยดูแลคลองได้อย่างไร',
      en: 'What could a market near the canal gain if the nearby stretches were cleaner, and how could it help look after them?',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 20,
  },
  {
    id: 'wua-lai-walking-street',
    at: [98.98789, 18.78091],
    category: 'economy',
    themes: ['economy', 'culture'],
    name: { th: 'ถนนคนเดินวัวลาย', en: 'Wua Lai Saturday Walking Street' },
    summary: {
      th: 'ถนนคนเดินวันเสาร์ทางใต้ของเมืองเก่า ห่างจากคลองแม่ข่าราว 900 เมตร ใกล้วัดศรีสุพรรณ',
      en: 'A Saturday walking street just south of the old city, about 900 m from the Mae Kha, near Wat Sri Suphan.',
    },
    learn: {
      th: 'เศรษฐกิจท้องถิ่นที่อยู่ห่างจากริมคลองออกไป เทียบถนนคนเดินรายสัปดาห์กับตลาดประจำวันที่อยู่ใกล้น้ำ',
      en: 'Local economy beyond the canal banks: compare a weekly walking street with the daily markets near the water.',
    },
    status: 'candidate',
    source: OSM,
    confidence: 'high',
    positionAccuracy: 15,
    visitMinutes: 45,
  },
];

/** Number of features per category. */
const countBy = (features) =>
  features.reduce((acc, f) => ({ ...acc, [f.properties.category]: (acc[f.properties.category] ?? 0) + 1 }), {});

function buildSites() {
  const ids = new Set();
  const features = SITES.map(({ at, ...properties }) => {
    if (ids.has(properties.id)) throw new Error(`duplicate site id ${properties.id}`);
    ids.add(properties.id);
    return {
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates: roundPosition(at) },
      properties: { ...properties, stepFree: 'unknown' },
    };
  });
  const counts = countBy(features);
  const need = { learning: 12, environment: 10, economy: 8 };
  for (const [category, min] of Object.entries(need)) {
    const n = counts[category] ?? 0;
    if (n < min) throw new Error(`${category}: ${n} sites, need at least ${min}`);
  }
  return { type: 'FeatureCollection', features };
}

const collection = buildSites();
writeFileSync(OUT_SITES, toJson(collection));
const tally = Object.entries(countBy(collection.features))
  .map(([c, n]) => `${c} ${n}`)
  .join(', ');
console.log(`wrote ${collection.features.length} sites (${tally})`);
