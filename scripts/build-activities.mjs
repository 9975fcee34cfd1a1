/**
 * Builds data/activities.json: for every site in data/sites.geojson, activities and questions per
 * grade band and theme, and safety notes, in Thai and English.
 *
 *   node scripts/build-activities.mjs
 *
 * These are pedagogical suggestions written for the project, not facts: they ask pupils to look,
 * count, time and discuss with simple tools, and never state water-quality figures. Safety notes
 * are 'generic' good practice unless the project's facts file supports them ('sourced').
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sites = JSON.parse(readFileSync(`${root}data/sites.geojson`, 'utf8')).features.map((f) => f.properties);

const t = (en, th) => ({ th, en });

/** Per theme and band: [kind, text] pairs. */
const THEME = {
  water: {
    primary: [
      ['observe', t('Look at the water: what colour is it? Does it flow fast or slowly? Draw anything you see floating on it.', 'ดูน้ำในคลอง น้ำมีสีอะไร ไหลเร็วหรือช้า วาดภาพสิ่งที่เห็นลอยอยู่บนน้ำ')],
      ['discuss', t('Where do you think this water comes from, and where does it go next?', 'คิดว่าน้ำนี้ไหลมาจากไหน และจะไหลต่อไปที่ไหน')],
    ],
    secondary: [
      ['measure', t('From the bank, without leaning over, drop a leaf and time how long it takes to drift 10 steps downstream. Work out a rough speed.', 'ยืนบนตลิ่งโดยไม่ชะโงกตัว ปล่อยใบไม้ลงน้ำ จับเวลาว่าใบไม้ลอยไปได้ 10 ก้าวใช้เวลากี่วินาที แล้วคำนวณความเร็วโดยประมาณ')],
      ['discuss', t('Describe the colour and smell of the water here. What could make the water change along the canal?', 'บรรยายสีและกลิ่นของน้ำที่จุดนี้ อะไรบ้างที่อาจทำให้น้ำเปลี่ยนไปตามความยาวของคลอง')],
    ],
    'university-adult': [
      ['observe', t('Note the pipes, drains and outlets you can see on the banks and sketch where they are.', 'จดบันทึกท่อ รางระบายน้ำ และจุดปล่อยน้ำที่มองเห็นบนตลิ่ง แล้วร่างผังตำแหน่ง')],
      ['discuss', t('Who is responsible for the water in the canal, and how could residents take part in looking after it?', 'ใครมีหน้าที่ดูแลน้ำในคลอง และคนในชุมชนจะมีส่วนร่วมดูแลได้อย่างไร')],
    ],
  },
  ecology: {
    primary: [
      ['observe', t('Tick every kind of living thing you can see: birds, fish, insects, trees, water plants.', 'ขีดเครื่องหมายสิ่งมีชีวิตทุกชนิดที่มองเห็น เช่น นก ปลา แมลง ต้นไม้ พืชน้ำ')],
      ['discuss', t('Which animals and plants like to live near water? Why do you think so?', 'สัตว์และพืชชนิดไหนชอบอยู่ใกล้น้ำ ทำไมจึงคิดเช่นนั้น')],
    ],
    secondary: [
      ['measure', t('In 5 minutes, list every group of plants and animals you see within about 10 m. Compare your list with another stop.', 'ภายใน 5 นาที จดกลุ่มพืชและสัตว์ทุกชนิดที่เห็นในระยะประมาณ 10 เมตร แล้วเทียบกับรายการของจุดอื่น')],
      ['discuss', t('How do the banks here (concrete, soil, plants) change what can live here?', 'ตลิ่งที่นี่ (คอนกรีต ดิน หรือต้นไม้) มีผลต่อสิ่งมีชีวิตที่อาศัยอยู่อย่างไร')],
    ],
    'university-adult': [
      ['observe', t('Along 50 m of bank, map the bank type, plant cover, shade and litter.', 'ตามตลิ่งระยะ 50 เมตร ทำแผนที่ลักษณะตลิ่ง พืชปกคลุม ร่มเงา และขยะ')],
      ['discuss', t('On a city canal, how do flood safety, public access and wildlife habitat compete or support each other?', 'ในคลองกลางเมือง การป้องกันน้ำท่วม การเข้าถึงของผู้คน และถิ่นอาศัยของสัตว์ป่า ขัดแย้งหรือส่งเสริมกันอย่างไร')],
    ],
  },
  history: {
    primary: [
      ['observe', t('Find something here that looks old. Draw it and guess how old it might be.', 'หาสิ่งที่ดูเก่าแก่ที่นี่ วาดภาพ แล้วลองเดาว่ามีอายุกี่ปี')],
      ['discuss', t('What might this place have looked like when your grandparents were young?', 'ตอนที่ปู่ย่าตายายยังเด็ก ที่นี่น่าจะมีหน้าตาอย่างไร')],
    ],
    secondary: [
      ['observe', t('Compare what you see with an old map or photo of Chiang Mai that your teacher brings. What has changed?', 'เปรียบเทียบสิ่งที่เห็นกับแผนที่หรือภาพถ่ายเก่าของเชียงใหม่ที่ครูเตรียมมา อะไรเปลี่ยนไปบ้าง')],
      ['discuss', t('In the founding story of Chiang Mai the Mae Kha is one of the city’s water sources. Why are cities so often built beside water?', 'ในตำนานการสร้างเมืองเชียงใหม่ แม่ข่าเป็นหนึ่งในแหล่งน้ำของเมือง ทำไมเมืองจึงมักสร้างอยู่ใกล้แหล่งน้ำ')],
    ],
    'university-adult': [
      ['observe', t('Record the signs, plaques and dates on site: what do they say, and who put them up?', 'บันทึกป้าย แผ่นจารึก และปีที่ปรากฏในพื้นที่ ว่าเขียนไว้ว่าอะไร และใครเป็นผู้ติดตั้ง')],
      ['discuss', t('How is the past of this place presented, and whose stories are missing?', 'ที่นี่เล่าเรื่องในอดีตอย่างไร และเรื่องราวของใครที่ยังไม่ถูกเล่า')],
    ],
  },
  community: {
    primary: [
      ['observe', t('For 5 minutes, count the people walking, cycling, selling or working here.', 'นับคนที่เดิน ปั่นจักรยาน ขายของ หรือทำงานอยู่ที่นี่ เป็นเวลา 5 นาที')],
      ['discuss', t('If you could add one thing here to make it nicer for everyone, what would it be?', 'ถ้าเพิ่มได้หนึ่งอย่างเพื่อให้ที่นี่น่าอยู่ขึ้นสำหรับทุกคน จะเพิ่มอะไร')],
    ],
    secondary: [
      ['measure', t('Tally how people use the space (passing, resting, working) for 10 minutes and draw a bar chart.', 'นับจำนวนคนตามลักษณะการใช้พื้นที่ (เดินผ่าน พักผ่อน ทำงาน) เป็นเวลา 10 นาที แล้วเขียนกราฟแท่ง')],
      ['discuss', t('If you could interview someone who lives here, which three questions would you ask about the canal?', 'ถ้าได้สัมภาษณ์คนที่อาศัยอยู่ที่นี่ จะถามคำถามอะไรสามข้อเกี่ยวกับคลอง')],
    ],
    'university-adult': [
      ['observe', t('Look for signs of care (gardens, notices, benches) and of neglect, and photograph one of each.', 'สังเกตร่องรอยการดูแลพื้นที่ (สวน ป้ายประกาศ ม้านั่ง) และร่องรอยการถูกละเลย แล้วถ่ายภาพอย่างละหนึ่งภาพ')],
      ['discuss', t('How could residents, the city and the university share the work of caring for the canal?', 'ชุมชน เทศบาล และมหาวิทยาลัย จะแบ่งบทบาทกันดูแลคลองได้อย่างไร')],
    ],
  },
  economy: {
    primary: [
      ['observe', t('List five things for sale here. Which do you think are grown or made nearby?', 'จดสินค้าที่ขายที่นี่ห้าอย่าง อย่างไหนน่าจะปลูกหรือทำในท้องถิ่น')],
      ['discuss', t('Where do you think the sellers get their goods from?', 'คิดว่าพ่อค้าแม่ค้านำสินค้ามาจากที่ไหน')],
    ],
    secondary: [
      ['measure', t('Note the price of the same item (for example a bag of fruit) at two stalls and work out the difference.', 'จดราคาสินค้าชนิดเดียวกัน (เช่น ผลไม้หนึ่งถุง) จากสองร้าน แล้วหาผลต่าง')],
      ['discuss', t('How might a cleaner canal change business in this area?', 'ถ้าคลองสะอาดขึ้น การค้าขายในย่านนี้จะเปลี่ยนไปอย่างไร')],
    ],
    'university-adult': [
      ['observe', t('Sketch the layout: kinds of goods, where deliveries arrive, where waste goes.', 'ร่างผังพื้นที่ ประเภทสินค้า จุดรับส่งของ และจุดทิ้งขยะ')],
      ['discuss', t('Who gains from visitors here, and who bears the costs such as traffic and waste?', 'ใครได้ประโยชน์จากผู้มาเยือนที่นี่ และใครต้องรับภาระ เช่น การจราจรและขยะ')],
    ],
  },
  craft: {
    primary: [
      ['observe', t('Find something made by hand. What is it made from?', 'หาสิ่งของที่ทำด้วยมือ ทำมาจากวัสดุอะไร')],
      ['discuss', t('Who do you think made it, and how long might it take?', 'คิดว่าใครเป็นคนทำ และต้องใช้เวลานานเท่าไร')],
    ],
    secondary: [
      ['observe', t('Choose one handmade object and list the steps you think it took to make.', 'เลือกสิ่งของทำมือหนึ่งชิ้น แล้วเขียนขั้นตอนการทำตามที่คิด')],
      ['discuss', t('Why might handmade things cost more than factory-made ones?', 'ทำไมของทำมือจึงอาจราคาสูงกว่าของจากโรงงาน')],
    ],
    'university-adult': [
      ['observe', t('Note which crafts are sold here and which materials they use.', 'จดว่ามีงานหัตถกรรมอะไรขายที่นี่ และใช้วัสดุอะไร')],
      ['discuss', t('How can local crafts earn a living without losing their meaning?', 'งานหัตถกรรมท้องถิ่นจะสร้างรายได้โดยไม่สูญเสียคุณค่าได้อย่างไร')],
    ],
  },
  food: {
    primary: [
      ['observe', t('Find three foods or ingredients you know and one you have never tried.', 'หาอาหารหรือวัตถุดิบที่รู้จักสามอย่าง และอย่างที่ไม่เคยลองหนึ่งอย่าง')],
      ['discuss', t('Which of these foods might come from plants that need a lot of water?', 'อาหารอย่างไหนอาจมาจากพืชที่ต้องใช้น้ำมาก')],
    ],
    secondary: [
      ['observe', t('List the vegetables and herbs you see and mark those used in northern Thai cooking (ask politely if unsure).', 'จดผักและสมุนไพรที่เห็น แล้วทำเครื่องหมายอย่างที่ใช้ในอาหารเหนือ (ถามอย่างสุภาพถ้าไม่แน่ใจ)')],
      ['discuss', t('Why does it matter where food is grown and how clean the water there is?', 'ทำไมแหล่งปลูกอาหารและความสะอาดของน้ำในที่นั้นจึงสำคัญ')],
    ],
    'university-adult': [
      ['measure', t('At three food stalls, count the kinds of packaging used. What share is plastic?', 'ที่ร้านอาหารสามร้าน นับประเภทบรรจุภัณฑ์ที่ใช้ สัดส่วนพลาสติกเป็นเท่าไร')],
      ['discuss', t('How are food, livelihoods and the canal’s restoration linked here?', 'อาหาร อาชีพ และการฟื้นฟูคลองเชื่อมโยงกันอย่างไรที่นี่')],
    ],
  },
  culture: {
    primary: [
      ['observe', t('Find a pattern or decoration here and copy it into your notebook.', 'หาลวดลายหรือการตกแต่งที่นี่ แล้ววาดลงสมุดหนึ่งลาย')],
      ['discuss', t('What festivals or celebrations might take place here?', 'ที่นี่อาจมีงานประเพณีหรือเทศกาลอะไรบ้าง')],
    ],
    secondary: [
      ['observe', t('Find words in Thai, in Lanna (Tai Tham) script or in English on signs here. What do they tell you?', 'หาคำภาษาไทย อักษรธรรมล้านนา หรือภาษาอังกฤษบนป้ายที่นี่ ป้ายบอกอะไรเราบ้าง')],
      ['discuss', t('How should visitors behave respectfully here?', 'ผู้มาเยือนควรปฏิบัติตัวอย่างไรให้เหมาะสมกับสถานที่นี้')],
    ],
    'university-adult': [
      ['observe', t('Note how the place is used today (worship, trade, tourism, leisure) and by whom.', 'สังเกตว่าปัจจุบันสถานที่นี้ใช้ทำอะไร (ศาสนา การค้า การท่องเที่ยว การพักผ่อน) และโดยใคร')],
      ['discuss', t('How is Lanna culture kept alive, changed or sold here?', 'วัฒนธรรมล้านนาที่นี่ถูกสืบสาน ปรับเปลี่ยน หรือกลายเป็นสินค้าอย่างไร')],
    ],
  },
};

/** Extra water tasks at the eight sampling bridges (facts file: samples are taken, no results published). */
const BRIDGE = {
  primary: t('From the footpath of the bridge, look at the water on both sides. Is it the same colour? Is there litter?', 'ยืนบนทางเท้าของสะพาน ดูน้ำทั้งสองฝั่ง สีเหมือนกันไหม มีขยะไหม'),
  secondary: t('Water samples are taken at this bridge, but no results are published. Describe the colour and smell of the water and compare them with the previous bridge on your route.', 'ที่สะพานนี้มีการเก็บตัวอย่างน้ำ แต่ยังไม่มีการเผยแพร่ผล บรรยายสีและกลิ่นของน้ำ แล้วเปรียบเทียบกับสะพานก่อนหน้าในเส้นทาง'),
  'university-adult': t('Water samples are taken here but no results are published. What would you need to know to judge the water, and who should publish it?', 'ที่นี่มีการเก็บตัวอย่างน้ำแต่ยังไม่มีการเผยแพร่ผล ต้องรู้ข้อมูลอะไรบ้างจึงจะประเมินคุณภาพน้ำได้ และใครควรเป็นผู้เผยแพร่'),
};

const G = (topic, en, th) => ({ topic, basis: 'generic', text: t(en, th) });
const S = (topic, source, en, th) => ({ topic, basis: 'sourced', source, text: t(en, th) });

const EDGE = G('canal-edge', 'Stay back from the canal edge; where there is no railing, keep pupils in pairs with an adult nearby.', 'อยู่ห่างจากขอบคลอง ตรงที่ไม่มีราวกั้น ให้นักเรียนจับคู่กันและมีผู้ใหญ่ดูแลใกล้ ๆ');
const WATER = S('water-contact', 'CMU thesis 2023 via the facts file: the canal was rated heavily polluted', 'Do not touch the canal water; wash hands before eating.', 'ห้ามสัมผัสน้ำในคลอง ล้างมือก่อนรับประทานอาหาร');
const ROAD = G('road', 'Cross roads only at crossings, as one group, with adults at the front and back.', 'ข้ามถนนเฉพาะที่ทางข้าม เดินไปพร้อมกันเป็นกลุ่ม มีผู้ใหญ่อยู่หัวแถวและท้ายแถว');
const BRIDGE_ROAD = G('road', 'This bridge carries road traffic: keep to the footpath side, away from vehicles.', 'สะพานนี้มีรถสัญจร ให้อยู่ชิดทางเท้า ห่างจากรถ');
const CROWD = G('crowd', 'Busy place: agree a meeting point and a time, and count heads before leaving.', 'ที่นี่คนพลุกพล่าน ตกลงจุดนัดพบและเวลาให้ชัดเจน และนับจำนวนนักเรียนก่อนออกเดินทาง');
const WALKWAY_2M = S('walkway', 'Nation 2022-07-12 (facts file): a 2 m walkway on the canal side', 'The walkway is about 2 m wide: walk in pairs or single file and let others pass.', 'ทางเดินกว้างประมาณ 2 เมตร เดินเป็นคู่หรือเรียงแถวเดียว และหลีกทางให้ผู้อื่น');
const WORKS = S('walkway', 'Nation 2025-10-15 (facts file): phases 2–3 still under way in October 2025', 'Restoration work may still be under way: keep out of work areas and follow signs.', 'อาจยังมีงานก่อสร้างฟื้นฟูอยู่ อย่าเข้าไปในเขตก่อสร้าง และปฏิบัติตามป้าย');
const HOURS = S('opening-hours', 'Chiang Mai municipal museums (facts file)', 'Open Wednesday to Sunday, 08:30–16:30: check the day before you plan the visit.', 'เปิดวันพุธถึงวันอาทิตย์ 08:30–16:30 น. ตรวจสอบวันก่อนวางแผนเข้าชม');
const SLIPPERY = G('slippery', 'Rocks and steps near falling water can be slippery: stay on the paths and out of the water.', 'หินและขั้นบันไดใกล้น้ำตกอาจลื่น ให้เดินบนทางเดินและห้ามลงน้ำ');
const TOILETS = G('toilets', 'No toilets are recorded for this stop: plan toilet breaks before the trip.', 'ไม่มีข้อมูลห้องน้ำสำหรับจุดนี้ ควรวางแผนเข้าห้องน้ำไว้ก่อนออกเดินทาง');

const MARKETS = /market|bazaar|walking-street/;
const ON_CANAL = /^(mk0|phase-|rakaeng|merit|night-bazaar-stretch|walkway-|canal-bank|pumping|earthen|jaeng-si-phum)/;

function safetyFor(p) {
  const notes = [];
  if (ON_CANAL.test(p.id) || p.themes.includes('water')) notes.push(EDGE, WATER);
  if (p.code) notes.push(BRIDGE_ROAD);
  if (p.id === 'phase-1-promenade') notes.push(WALKWAY_2M);
  if (p.id === 'phase-2-walkway') notes.push(WORKS);
  if (p.id === 'huay-kaew-waterfall') notes.push(SLIPPERY);
  if (p.openingHours) notes.push(HOURS);
  if (MARKETS.test(p.id) && p.id !== 'night-bazaar-stretch') notes.push(CROWD);
  notes.push(ROAD, TOILETS);
  return notes;
}

function activitiesFor(p) {
  const out = [];
  for (const band of ['primary', 'secondary', 'university-adult']) {
    for (const theme of p.themes) {
      for (const [kind, text] of THEME[theme][band]) out.push({ band, theme, kind, text });
    }
    if (p.code) out.push({ band, theme: 'water', kind: 'observe', text: BRIDGE[band] });
  }
  return out;
}

const file = {
  kind: 'pedagogical-suggestions',
  version: 1,
  note: t(
    'Suggested activities and questions written for teachers by this project. They are teaching ideas, not facts about the sites; adapt them to your class. Safety notes marked “generic” are general good practice; “sourced” notes rest on the project’s sources.',
    'กิจกรรมและคำถามที่โครงการนี้เสนอเป็นแนวทางสำหรับครู เป็นข้อเสนอแนะด้านการสอน ไม่ใช่ข้อเท็จจริงเกี่ยวกับสถานที่ ปรับใช้ให้เหมาะกับชั้นเรียน ข้อควรระวังที่ระบุว่า “ทั่วไป” เป็นแนวปฏิบัติทั่วไป ส่วนที่ระบุว่า “มีแหล่งอ้างอิง” อ้างอิงจากแหล่งข้อมูลของโครงการ',
  ),
  sites: Object.fromEntries(sites.map((p) => [p.id, { activities: activitiesFor(p), safety: safetyFor(p) }])),
};

writeFileSync(`${root}data/activities.json`, `${JSON.stringify(file, null, 1)}\n`);
console.log(`data/activities.json: ${sites.length} sites`);
