/**
 * Builds data/waterways.geojson and data/unmapped-waterways.json from the sourced facts.
 *
 *   node scripts/build-waterways.mjs
 *
 * The Mae Kha main stem is the OpenStreetMap centreline in data/sources/mae-kha-centerline.tsv
 * (© OpenStreetMap contributors, ODbL 1.0). Every other line is drawn from a few named points and
 * is marked approximate; waterways whose course no source gives are listed, not drawn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lineString, point } from '@turf/helpers';
import length from '@turf/length';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { OSM, readCenterline, roundPosition, toJson } from './lib/geojson-io.mjs';
import { metres } from './lib/geo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CENTERLINE_TSV = `${root}data/sources/mae-kha-centerline.tsv`;
const OSM_DIR = `${root}data/sources/osm`;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const OUT_WATERWAYS = `${root}data/waterways.geojson`;
const OUT_UNMAPPED = `${root}data/unmapped-waterways.json`;

/**
 * The moat's centreline corners: the sides of the OpenStreetMap moat water polygons fitted with
 * straight lines and intersected (data/sources/osm/measurements.json, `old_city`).
 */
const corners = readJson(`${OSM_DIR}/measurements.json`).old_city.moat_centreline_corners;
const corner = (k) => [corners[k].lon, corners[k].lat];
const MOAT = { NE: corner('NE'), SE: corner('SE'), SW: corner('SW'), NW: corner('NW') };

/** Points named in the facts file (lon, lat). */
const P = {
  huayKaewWaterfall: [98.94355, 18.81143], // OSM
};

/** The Ping's OpenStreetMap centreline, north to south, 18.70–18.88 N (data/sources/osm/ping.geojson). */
function pingLine() {
  const [river] = readJson(`${OSM_DIR}/ping.geojson`).features;
  if (river?.geometry?.type !== 'LineString') throw new Error('ping.geojson: expected one LineString');
  return river.geometry.coordinates;
}

/** Evenly spaced points on the straight segment a→b, both ends included. */
function interpolate(a, b, n) {
  return Array.from({ length: n }, (_, i) => [a[0] + ((b[0] - a[0]) * i) / (n - 1), a[1] + ((b[1] - a[1]) * i) / (n - 1)]);
}

function feature(properties, coordinates) {
  return {
    type: 'Feature',
    id: properties.id,
    geometry: { type: 'LineString', coordinates: coordinates.map((c) => roundPosition(c)) },
    properties,
  };
}

function buildWaterways() {
  const centerline = readCenterline(CENTERLINE_TSV);
  const maeKhaLine = lineString(centerline);
  const outfall = centerline[centerline.length - 1];
  const ping = pingLine();
  const toPing = Math.min(...ping.map((p) => metres(p, outfall)));
  if (toPing > 200) throw new Error(`the Ping's line passes ${toPing.toFixed(0)} m from the Mae Kha outfall`);

  // Where the moat's NE corner meets the canal: the nearest point of the centreline (~120 m).
  const outletEnd = nearestPointOnLine(maeKhaLine, point(MOAT.NE)).geometry.coordinates;
  const OUTLET_M = Math.round(metres(MOAT.NE, outletEnd) / 10) * 10;

  const features = [
    feature(
      {
        id: 'mae-kha',
        kind: 'main-stem',
        name: { th: 'คลองแม่ข่า', en: 'Khlong Mae Kha (Mae Kha canal)' },
        description: {
          th:
            'ลำน้ำธรรมชาติที่รับน้ำจากลำห้วยบนดอยสุเทพ–ปุย ไหลเลียบด้านตะวันออกและด้านใต้ของเมืองเก่า ' +
            'ทำหน้าที่เป็นคูเมืองชั้นนอกอยู่นอกแนวกำแพงดิน แล้วไหลลงแม่น้ำปิงทางใต้ของตัวเมือง ' +
            'ทั้งสายยาวราว 30–31 กิโลเมตร แผนที่นี้แสดงเฉพาะช่วงในเมืองราว 14.2 กิโลเมตร ' +
            'ตั้งแต่สะพานถนนวงแหวนรอบ 2 ลงไปจนถึงจุดที่ไหลลงแม่น้ำปิง',
          en:
            'A natural waterway fed by streams from Doi Suthep–Pui. It skirts the old city to the east and ' +
            'south as its outer moat, outside the earthen wall, and joins the Ping south of the city. Of its ' +
            'total length of about 30–31 km, the map draws the city stretch of about 14.2 km, from the Ring ' +
            'Road 2 bridge down to the outfall into the Ping.',
        },
        source: 'OpenStreetMap, waterway=stream คลองแม่ข่า, simplified 3 m (© OpenStreetMap contributors, ODbL 1.0)',
        licence: 'ODbL-1.0',
        confidence: 'high',
        // Drawn as OpenStreetMap maps it; nobody has checked the line on the ground.
        verified: false,
        approximate: false,
        geometryAccuracy: 10,
      },
      centerline,
    ),
    feature(
      {
        id: 'khu-mueang',
        kind: 'moat',
        name: { th: 'คูเมืองเชียงใหม่', en: 'Chiang Mai city moat (Khu Mueang)' },
        description: {
          th:
            'คูเมืองชั้นในล้อมรอบเมืองเก่า เป็นรูปเกือบสี่เหลี่ยมจัตุรัส วัดตามแนวกลางคูได้ด้านละราว 1.6 กิโลเมตร ' +
            '(เหนือ 1.63 ตะวันออก 1.57 ใต้ 1.60 ตะวันตก 1.60 กิโลเมตร) ผิวน้ำกว้างราว 20 เมตร ' +
            'เส้นบนแผนที่คือแนวกลางคูที่วัดจากรูปผิวน้ำใน OpenStreetMap ส่วนผิวน้ำ แนวกำแพงเมืองที่เหลืออยู่เป็นช่วง ๆ แจ่ง และประตูเมือง วาดตามข้อมูลเดียวกัน',
          en:
            'The inner moat round the old city: a near-square whose sides measure about 1.6 km along the ' +
            'middle of the water (N 1.63, E 1.57, S 1.60, W 1.60 km); the water is about 20 m wide. The line ' +
            'is the moat’s centreline measured from the OpenStreetMap water polygons, which are drawn too, ' +
            'with the wall fragments, the corner bastions (jaeng) and the gates.',
        },
        source: `${OSM}: centreline of the 19 moat water polygons (natural=water, water=moat), each side fitted with a straight line and the corners where the sides meet (data/sources/osm/README.md)`,
        licence: 'ODbL-1.0',
        confidence: 'high',
        // Drawn as OpenStreetMap maps it; nobody has checked the line on the ground.
        verified: false,
        approximate: false,
        // The fitted sides keep the water's vertices within ±20 m (the water's width).
        geometryAccuracy: 20,
      },
      [MOAT.NE, MOAT.SE, MOAT.SW, MOAT.NW, MOAT.NE],
    ),
    feature(
      {
        id: 'moat-outlet',
        kind: 'tributary',
        name: {
          th: 'ทางน้ำจากคูเมืองลงคลองแม่ข่า (แจ่งศรีภูมิ)',
          en: 'Moat outflow to the Mae Kha (Jaeng Si Phum)',
        },
        description: {
          th:
            'แหล่งข้อมูลเล่าว่าน้ำจากดอยไหลเข้าคูเมืองทางด้านเหนือและด้านตะวันตกเฉียงเหนือ แล้วระบายไปทางตะวันออกเฉียงเหนือลงคลองแม่ข่าใกล้แจ่งศรีภูมิ ' +
            `ไม่พบแหล่งข้อมูลที่ระบุแนวทางน้ำจริง เส้นสั้น ๆ นี้เป็นเพียงเส้นเชื่อมมุมคูเมืองที่แจ่งศรีภูมิกับจุดที่ใกล้ที่สุดของคลอง (ราว ${OUTLET_M} เมตร)`,
          en:
            'The sources say mountain water entered the moat from the north and north-west and drained toward the ' +
            'north-east, into the Mae Kha near Jaeng Si Phum. No source gives the actual channel: this short ' +
            `line only joins the moat's corner at Jaeng Si Phum to the nearest point of the canal, about ${OUTLET_M} m away.`,
        },
        source: `Project facts file (moat drains into the Mae Kha near Jaeng Si Phum; link medium confidence); end points from ${OSM}`,
        licence: 'ODbL-1.0',
        confidence: 'medium',
        verified: false,
        approximate: true,
        geometryAccuracy: 150,
      },
      [MOAT.NE, outletEnd],
    ),
    feature(
      {
        id: 'huai-kaeo',
        kind: 'tributary',
        name: { th: 'ห้วยแก้ว', en: 'Huai Kaeo (Huay Kaew stream)' },
        description: {
          th:
            'ลำห้วยจากดอยสุเทพ ไหลไปทางตะวันออก มุ่งหน้าไปทางมุมตะวันตกเฉียงเหนือของคูเมือง และเป็นหนึ่งในแหล่งน้ำตามตำนานการสร้างเมือง ' +
            'เส้นนี้เป็นเพียงเส้นตรงจากน้ำตกห้วยแก้วถึงมุมคูเมืองที่แจ่งหัวลิน (แหล่งข้อมูลบอกเพียงว่าลำห้วยไหลไปตามแนวถนนห้วยแก้วโดยประมาณ) ' +
            'ไม่ใช่แนวลำน้ำจริง และไม่มีแหล่งข้อมูลใดระบุจุดบรรจบ',
          en:
            'A Doi Suthep stream that flows east toward the north-west corner of the moat, and one of the water ' +
            'sources in the founding legend. The line is only a straight line from Huay Kaew Waterfall to the moat’s ' +
            'corner at Jaeng Hua Lin (the sources give the course only as roughly along Huay Kaew Road), not the real ' +
            'stream bed; no source documents where it joins.',
        },
        source: `Project facts file (course along Huay Kaew Rd is an approximation); th.wikipedia; Matichon Weekly (legend); end points from ${OSM}`,
        licence: 'ODbL-1.0',
        confidence: 'low',
        verified: false,
        approximate: true,
        geometryAccuracy: 400,
      },
      interpolate(P.huayKaewWaterfall, MOAT.NW, 5),
    ),
    feature(
      {
        id: 'ping',
        kind: 'river',
        name: { th: 'แม่น้ำปิง', en: 'Ping River' },
        description: {
          th:
            'แสดงไว้ประกอบเท่านั้น ไม่นับรวมในตัวเลขความครอบคลุมของคลอง เส้นนี้คือแนวกลางแม่น้ำจาก OpenStreetMap ' +
            'ช่วงละติจูด 18.70–18.88 องศาเหนือ ไม่ได้แสดงความกว้างของแม่น้ำ',
          en:
            'Drawn as context only, and not part of the canal coverage figures. The line is the river’s ' +
            'OpenStreetMap centreline from 18.70 to 18.88 N; the river’s width is not drawn.',
        },
        source: `${OSM}: waterway=river แม่น้ำปิง, via naodiw/maekuang-water-quality rivers_other.geojson (data/sources/osm/README.md)`,
        licence: 'ODbL-1.0',
        confidence: 'high',
        // Drawn as OpenStreetMap maps it; nobody has checked the line on the ground.
        verified: false,
        approximate: false,
        // A centreline: the banks lie some tens of metres either side.
        geometryAccuracy: 50,
      },
      pingLine(),
    ),
  ];

  const km = length(maeKhaLine, { units: 'kilometers' });
  if (km < 13.5 || km > 15) throw new Error(`mae-kha length ${km.toFixed(2)} km is outside 13.5–15 km`);

  return { type: 'FeatureCollection', features };
}

/** Waterways the facts name but whose course no source gives: listed, not drawn. */
const UNMAPPED = [
  {
    id: 'huai-chang-khian',
    name: { th: 'ห้วยช่างเคี่ยน', en: 'Huai Chang Khian' },
    note: {
      th: 'ลำห้วยจากดอยสุเทพที่อยู่ในรายชื่อแหล่งน้ำตามตำนานการสร้างเมือง ไม่พบแนวลำน้ำหรือจุดบรรจบ จึงไม่ได้วาดลงแผนที่',
      en: 'A Doi Suthep stream in the founding legend’s list of water sources. No course or junction was found, so it is not drawn.',
    },
    source: 'th.wikipedia; Matichon Weekly (legend list); course not found',
    confidence: 'low',
  },
  {
    id: 'nam-mae-tha-chang',
    name: { th: 'น้ำแม่ท่าช้าง', en: 'Nam Mae Tha Chang' },
    note: {
      th: 'ลำน้ำสายที่สามในรายชื่อแหล่งน้ำตามตำนานการสร้างเมือง ไม่พบแนวลำน้ำ จึงไม่ได้วาดลงแผนที่',
      en: 'The third stream in the founding legend’s list. Its course was not found, so it is not drawn.',
    },
    source: 'th.wikipedia; Matichon Weekly (legend list); course not found',
    confidence: 'low',
  },
  {
    id: 'lam-khu-wai',
    name: { th: 'ลำคูไหว', en: 'Lam Khu Wai' },
    note: {
      th: 'ลำน้ำที่เชื่อมกับคลองแม่ข่า เทศบาลนครเชียงใหม่เคยรณรงค์ให้ลำคูไหวมีน้ำดีและคลองแม่ข่ามีน้ำใส ไม่พบแนวลำน้ำ จึงไม่ได้วาดลงแผนที่',
      en: 'A channel linked to the Mae Kha: the municipality ran a campaign “good water for Lam Khu Wai, clear water for the Mae Kha”. Its course was not found, so it is not drawn.',
    },
    source: 'Chiang Mai Municipality campaign (project facts file); course not found',
    confidence: 'medium',
  },
  {
    id: 'huai-chayueang',
    name: { th: 'ห้วยชะเยือง', en: 'Huai Chayueang' },
    note: {
      th: 'มหาวิทยาลัยเชียงใหม่ศึกษาไว้เมื่อ พ.ศ. 2555 (ค.ศ. 2012) ว่าอาจใช้ห้วยชะเยืองเป็นแหล่งน้ำช่วยไล่น้ำเสียของคลองแม่ข่าตอนบนในหน้าแล้ง ไม่พบแนวลำน้ำ จึงไม่ได้วาดลงแผนที่',
      en: 'Studied by Chiang Mai University (2012) as a dry-season source of flushing water for the upper Mae Kha. Its course was not found, so it is not drawn.',
    },
    source: 'Chiang Mai University study, 2012 (project facts file); course not found',
    confidence: 'medium',
  },
  {
    id: 'mae-kha-noi',
    name: { th: 'คลองแม่ข่าน้อย', en: 'Khlong Mae Kha Noi' },
    note: {
      th: 'มีรายงานว่าชื่อนี้ใช้เรียกทั้งลำน้ำสายเก่าที่คดเคี้ยวทางใต้ของตลาดคำเที่ยงข้างคลองสายตรง และลำน้ำสาขาช่วงปลายที่สบแม่ข่า อำเภอหางดง ซึ่งสถานีสูบน้ำของกรมชลประทานสูบน้ำลงแม่น้ำปิง (ความเชื่อมั่นต่ำถึงปานกลาง) ไม่พบแนวลำน้ำที่แน่ชัด จึงไม่ได้วาดลงแผนที่',
      en: 'Reported (low to medium confidence) as the name of an older winding channel south of Kham Thiang market beside the straight canal, and of the lower branch that a Royal Irrigation Department station pumps into the Ping at Sop Mae Kha, Hang Dong. No reliable course was found, so it is not drawn.',
    },
    source: 'Crown Property Bureau; MGR Online 2025 (Sop Mae Kha pumping station); course not found',
    confidence: 'low',
  },
];

const collection = buildWaterways();
writeFileSync(OUT_WATERWAYS, toJson(collection));
writeFileSync(OUT_UNMAPPED, `${JSON.stringify(UNMAPPED, null, 2)}\n`);
console.log(`wrote ${collection.features.length} waterways and ${UNMAPPED.length} unmapped waterways`);
