/**
 * Builds data/activities.json: for every site in data/sites.geojson, activities and questions per
 * grade band and theme, and safety notes, in Thai and English.
 *
 *   node scripts/build-activities.mjs
 *
 * These are pedagogical suggestions written for the project, not facts: they ask pupils to look,
 * count, time and discuss with simple tools, and never state water-quality figures. Safety notes
 * are 'generic' good practice unless the project's facts file supports them ('sourced').
 *
 * Each activity must fit its site. The water a site has at hand is measured, not assumed: the
 * canal within CANAL_M of the site's point, the moat within MOAT_M (both from data/waterways.geojson),
 * a mountain stream or a reservoir for the two upland sites, or no water at all. Tasks at the
 * water's edge, flow timing and edge notes go only where that water is; still water gets no flow
 * task; nothing asks pupils to taste, pick or eat; no task stands on a bridge footpath (the sources
 * do not say which bridges have one). Seasonal notes carry the months they apply to, so a trip's
 * handout shows them only for a trip in those months.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Polyline } from './lib/geo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sites = JSON.parse(readFileSync(`${root}data/sites.geojson`, 'utf8')).features;
const waterways = JSON.parse(readFileSync(`${root}data/waterways.geojson`, 'utf8')).features;
const lineOf = (id) => new Polyline(waterways.find((w) => w.properties.id === id).geometry.coordinates);
const CANAL = lineOf('mae-kha');
const MOAT = lineOf('khu-mueang');

/** A site this close to the canal's centreline has the canal at hand (Wat Hua Fai's grounds: 100 m). */
const CANAL_M = 105;
/** A site this close to the moat's centreline has the moat at hand (the moat is about 20 m wide). */
const MOAT_M = 60;
/** Upland sites, by what their sources say they are (a waterfall; a reservoir). */
const UPLAND = { 'huay-kaew-waterfall': 'stream', 'ang-kaew-reservoir': 'reservoir' };

/** 'canal' | 'moat' | 'stream' | 'reservoir' | 'none': the water at hand (the nearer, if both are). */
function waterAt(feature) {
  const id = feature.properties.id;
  if (UPLAND[id]) return UPLAND[id];
  const at = feature.geometry.coordinates;
  const canal = CANAL.nearest(at).dist;
  const moat = MOAT.nearest(at).dist;
  if (canal <= CANAL_M && canal <= moat) return 'canal';
  if (moat <= MOAT_M) return 'moat';
  return 'none';
}

const t = (en, th) => ({ th, en });
const BANDS = ['primary', 'secondary', 'university-adult'];

/** Water tasks by the water at hand and band: [kind, text] pairs. */
const WATER = {
  canal: {
    primary: [
      ['observe', t('From a safe place back from the edge, look at the canal: what colour is the water? Does it flow fast or slowly? Draw anything you see floating on it.', 'ยืนในที่ปลอดภัยห่างจากขอบคลอง ดูน้ำในคลอง น้ำมีสีอะไร ไหลเร็วหรือช้า แล้ววาดภาพสิ่งที่เห็นลอยอยู่บนน้ำ')],
      ['discuss', t('Where do you think this water comes from, and where does it go next?', 'คิดว่าน้ำนี้ไหลมาจากไหน และจะไหลต่อไปที่ไหน')],
    ],
    secondary: [
      ['measure', t('Only on the bank, where a railing or a walkway keeps you back from the edge, and with an adult beside you (not on a bridge): drop a leaf into the canal and time how long it takes to drift 10 steps downstream, pacing the steps along the path, not the edge; then work out a rough speed. Skip this where there is no safe place to stand.', 'ทำเฉพาะบนตลิ่งตรงที่มีราวกั้นหรือทางเดินที่อยู่ห่างจากขอบคลอง และมีผู้ใหญ่อยู่ข้าง ๆ (ไม่ทำบนสะพาน) ปล่อยใบไม้ลงคลอง จับเวลาว่าใบไม้ลอยไปตามน้ำเป็นระยะ 10 ก้าวใช้เวลากี่วินาที โดยนับก้าวบนทางเดิน ไม่เดินชิดขอบ แล้วคำนวณความเร็วโดยประมาณ ถ้าไม่มีที่ยืนที่ปลอดภัยให้ข้ามกิจกรรมนี้')],
      ['discuss', t('Describe the colour and smell of the water here. What could make the water change along the canal?', 'บอกสีและกลิ่นของน้ำที่จุดนี้ อะไรบ้างที่อาจทำให้น้ำเปลี่ยนไประหว่างทางที่คลองไหลผ่าน')],
    ],
    'university-adult': [
      ['observe', t('Note the pipes, drains and outlets you can see on the banks and sketch where they are.', 'จดท่อ รางระบายน้ำ และจุดปล่อยน้ำที่มองเห็นบนตลิ่ง แล้วร่างผังว่าอยู่ตรงไหน')],
      ['discuss', t('Who is responsible for the water in the canal, and how could residents take part in looking after it?', 'ใครมีหน้าที่ดูแลน้ำในคลอง และคนในชุมชนจะมีส่วนร่วมดูแลได้อย่างไร')],
    ],
  },
  moat: {
    primary: [
      ['observe', t('From a safe place beside the moat, off the road, look at the water: what colour is it? Does it move? Draw what floats or grows in it.', 'ยืนในที่ปลอดภัยริมคูเมือง ไม่ยืนบนถนน ดูน้ำในคูเมือง น้ำมีสีอะไร น้ำนิ่งหรือไหล แล้ววาดภาพสิ่งที่ลอยหรือขึ้นอยู่ในน้ำ')],
      ['discuss', t('The moat and the Mae Kha both ringed the old city. How do they look different?', 'ทั้งคูเมืองและคลองแม่ข่าเคยล้อมเมืองเก่า สองแห่งนี้ดูต่างกันอย่างไร')],
    ],
    secondary: [
      ['observe', t('Note the colour, smell and movement of the moat water and the plants in it; at your next canal stop, compare.', 'จดสีและกลิ่นของน้ำในคูเมือง ดูว่าน้ำนิ่งหรือไหล และมีพืชอะไรในน้ำ แล้วนำไปเทียบกับน้ำในคลองแม่ข่าเมื่อถึงจุดแวะริมคลอง')],
      ['discuss', t('Does the moat water here look still or flowing? Why might slow-moving water look and smell different from flowing water?', 'น้ำในคูเมืองตรงนี้ดูนิ่งหรือไหล ทำไมน้ำที่ไหลช้าจึงอาจมีสีและกลิ่นต่างจากน้ำที่ไหลถ่ายเทได้ดี')],
    ],
    'university-adult': [
      ['observe', t('Note the inlets, outlets and drains you can see along this side of the moat.', 'จดทางน้ำเข้า ทางน้ำออก และรางระบายน้ำที่มองเห็นตามคูเมืองด้านนี้')],
      ['discuss', t('The sources say the moat drained into the Mae Kha near Jaeng Si Phum. How would the state of the moat matter to the canal?', 'แหล่งข้อมูลเล่าว่าน้ำในคูเมืองเคยระบายลงคลองแม่ข่าใกล้แจ่งศรีภูมิ สภาพน้ำในคูเมืองจะส่งผลต่อคลองอย่างไร')],
    ],
  },
  stream: {
    primary: [
      ['observe', t('From a safe place back from the water, watch and listen: how does the water move over the rocks? Draw it.', 'ยืนในที่ปลอดภัยห่างจากริมน้ำ ดูและฟังว่าน้ำไหลผ่านโขดหินอย่างไร แล้ววาดภาพ')],
      ['discuss', t('This stream flows down toward the city. What might the water meet on its way?', 'ลำห้วยนี้ไหลลงไปทางตัวเมือง ระหว่างทางน้ำจะผ่านอะไรบ้าง')],
    ],
    secondary: [
      ['observe', t('From a safe place back from the water, note how clear the water is and what lives around it; compare with the canal in the city.', 'ยืนในที่ปลอดภัยห่างจากริมน้ำ จดว่าน้ำใสแค่ไหน และมีสิ่งมีชีวิตอะไรอยู่รอบ ๆ แล้วเทียบกับคลองแม่ข่าในเมือง')],
      ['discuss', t('What could make this water change between the mountain and the city?', 'อะไรบ้างที่อาจทำให้น้ำเปลี่ยนไประหว่างทางจากดอยลงมาถึงเมือง')],
    ],
    'university-adult': [
      ['observe', t('Note what uses the stream here (paths, buildings, visitors) and what could reach the water.', 'จดว่าริมลำห้วยมีอะไรบ้าง (ทางเดิน อาคาร ผู้มาเยือน) และอะไรที่อาจลงไปถึงน้ำ')],
      ['discuss', t('A stream from Doi Suthep feeds the city’s waterways. Who should look after it on its way down?', 'ลำห้วยจากดอยสุเทพไหลลงมาเติมน้ำให้ลำน้ำในเมือง ระหว่างทางที่ไหลลงมา ใครควรร่วมกันดูแล')],
    ],
  },
  reservoir: {
    primary: [
      ['observe', t('From a safe place back from the edge, look at the reservoir: is the water still or moving? What lives on or around it?', 'ยืนในที่ปลอดภัยห่างจากขอบอ่าง ดูอ่างเก็บน้ำ น้ำนิ่งหรือไหล มีสิ่งมีชีวิตอะไรอยู่บนน้ำหรือรอบ ๆ บ้าง')],
      ['discuss', t('Why do people store water in a reservoir?', 'ทำไมคนจึงเก็บน้ำไว้ในอ่างเก็บน้ำ')],
    ],
    secondary: [
      ['observe', t('Note the colour and clearness of the stored water; compare with the canal in the city.', 'จดสีและความใสของน้ำในอ่าง แล้วเทียบกับคลองแม่ข่าในเมือง')],
      ['discuss', t('Our sources do not say whether water from here reaches the Mae Kha. How could you find out?', 'แหล่งข้อมูลที่ใช้ไม่ได้บอกว่าน้ำจากที่นี่ไหลไปถึงคลองแม่ข่าหรือไม่ จะหาคำตอบได้อย่างไร')],
    ],
    'university-adult': [
      ['observe', t('From a safe place back from the edge, note the inlets and outlets you can see.', 'ยืนในที่ปลอดภัยห่างจากขอบอ่าง จดทางน้ำเข้าและทางน้ำออกที่มองเห็น')],
      ['discuss', t('How do a university, a city and its residents share water that starts upstream?', 'มหาวิทยาลัย เมือง และผู้คน แบ่งกันใช้น้ำที่มาจากต้นน้ำอย่างไร')],
    ],
  },
  none: {
    primary: [
      ['discuss', t('The founding legend names four water sources for the city: the Doi Suthep streams, the Nong Bua swamp, the Ping and the Mae Kha. Find them on the map.', 'ตำนานการสร้างเมืองกล่าวถึงแหล่งน้ำสี่แห่งของเมือง คือ ลำห้วยจากดอยสุเทพ หนองบัว แม่น้ำปิง และคลองแม่ข่า ลองหาบนแผนที่')],
      ['discuss', t('Where does the water you use at school come from?', 'น้ำที่ใช้ที่โรงเรียนมาจากไหน')],
    ],
    secondary: [
      ['discuss', t('Look at the map: which of the four water sources of the founding legend are drawn on it, and which are not?', 'ดูแผนที่ แหล่งน้ำสี่แห่งตามตำนานการสร้างเมืองแห่งไหนมีอยู่บนแผนที่ และแห่งไหนไม่มี')],
      ['observe', t('Find signs of water in this place: drains, basins, pictures, names. What do they tell you?', 'หาร่องรอยของน้ำในสถานที่นี้ เช่น รางน้ำ อ่างน้ำ ภาพ หรือชื่อ แล้วบอกว่าสิ่งเหล่านี้เล่าอะไร')],
    ],
    'university-adult': [
      ['discuss', t('How is water part of the story this place tells, and what does the story leave out?', 'เรื่องเล่าของสถานที่นี้พูดถึงน้ำอย่างไร และมีอะไรที่ไม่ได้เล่า')],
    ],
  },
};

/** Ecology tasks: at water (bank tasks) or away from it. */
const ECOLOGY = {
  water: {
    primary: [
      ['observe', t('Tick every kind of living thing you can see: birds, fish, insects, trees, water plants.', 'ทำเครื่องหมาย ✓ หน้าสิ่งมีชีวิตทุกชนิดที่มองเห็น เช่น นก ปลา แมลง ต้นไม้ พืชน้ำ')],
      ['discuss', t('Which animals and plants like to live near water? Why do you think so?', 'สัตว์และพืชชนิดไหนชอบอยู่ใกล้น้ำ ทำไมจึงคิดเช่นนั้น')],
    ],
    secondary: [
      ['measure', t('In 5 minutes, list every group of plants and animals you see within about 10 m. Compare your list with another stop.', 'ภายใน 5 นาที จดกลุ่มพืชและสัตว์ทุกชนิดที่เห็นในระยะราว 10 เมตร แล้วเทียบกับรายการของจุดแวะอื่น')],
      ['discuss', t('How do the banks here (concrete, soil, plants) change what can live here?', 'ตลิ่งที่นี่ (คอนกรีต ดิน หรือต้นไม้) มีผลต่อสิ่งมีชีวิตที่อาศัยอยู่อย่างไร')],
    ],
    'university-adult': [
      ['observe', t('Where a public path runs along the bank, map 50 m of it: bank type, plant cover, shade and litter. Do not enter yards or gardens to reach the bank.', 'ตรงที่มีทางเดินสาธารณะเลียบตลิ่ง เดินสำรวจระยะ 50 เมตร แล้วทำแผนที่ลักษณะตลิ่ง พืชที่ขึ้นปกคลุม ร่มเงา และขยะ ห้ามเข้าไปในบริเวณบ้านหรือแปลงผักเพื่อไปถึงตลิ่ง')],
      ['discuss', t('On a city waterway, how do flood safety, public access and wildlife habitat compete or support each other?', 'ในลำน้ำกลางเมือง การป้องกันน้ำท่วม การเข้าถึงของผู้คน และที่อยู่อาศัยของสัตว์และพืช ขัดแย้งหรือส่งเสริมกันอย่างไร')],
    ],
  },
  dry: {
    primary: [
      ['observe', t('Tick every kind of living thing you can see: birds, insects, trees, other plants.', 'ทำเครื่องหมาย ✓ หน้าสิ่งมีชีวิตทุกชนิดที่มองเห็น เช่น นก แมลง ต้นไม้ พืชอื่น ๆ')],
    ],
    secondary: [
      ['measure', t('In 5 minutes, list every group of plants and animals you see within about 10 m. Compare your list with a stop by the water.', 'ภายใน 5 นาที จดกลุ่มพืชและสัตว์ทุกชนิดที่เห็นในระยะราว 10 เมตร แล้วเทียบกับจุดแวะริมน้ำ')],
    ],
    'university-adult': [
      ['observe', t('Map the shade and the green cover of this place. Where could a walking group rest out of the sun?', 'ทำแผนที่ร่มเงาและพื้นที่สีเขียวของที่นี่ กลุ่มที่เดินมาจะพักหลบแดดได้ตรงไหน')],
    ],
  },
};

/** Tasks of the other themes per band. */
const THEME = {
  history: {
    primary: [
      ['observe', t('Find something here that looks old. Draw it and guess how old it might be.', 'หาสิ่งที่ดูเก่าแก่ที่นี่ วาดภาพ แล้วลองเดาว่ามีอายุกี่ปี')],
      ['discuss', t('What might this place have looked like when your grandparents were young?', 'ตอนที่ปู่ย่าตายายยังเด็ก ที่นี่น่าจะมีหน้าตาอย่างไร')],
    ],
    secondary: [
      ['observe', t('Compare what you see with an old map or photo of Chiang Mai that your teacher brings. What has changed?', 'เทียบสิ่งที่เห็นกับแผนที่หรือภาพถ่ายเก่าของเชียงใหม่ที่ครูเตรียมมา อะไรเปลี่ยนไปบ้าง')],
      ['discuss', t('In the founding story of Chiang Mai the Mae Kha is one of the city’s water sources. Why are cities so often built beside water?', 'ในตำนานการสร้างเมืองเชียงใหม่ คลองแม่ข่าเป็นหนึ่งในแหล่งน้ำของเมือง ทำไมเมืองจึงมักสร้างอยู่ใกล้แหล่งน้ำ')],
    ],
    'university-adult': [
      ['observe', t('Record the signs, plaques and dates on site: what do they say, and who put them up?', 'บันทึกป้าย แผ่นจารึก และปีที่ปรากฏในพื้นที่ ว่าเขียนไว้ว่าอะไร และใครเป็นผู้ติดตั้ง')],
      ['discuss', t('How is the past of this place presented, and whose stories are missing?', 'ที่นี่เล่าเรื่องในอดีตอย่างไร และเรื่องราวของใครที่ยังไม่ได้เล่า')],
    ],
  },
  community: {
    primary: [
      ['observe', t('For 5 minutes, count the people walking, cycling, selling or working here.', 'นับคนที่เดิน ปั่นจักรยาน ขายของ หรือทำงานอยู่ที่นี่ เป็นเวลา 5 นาที')],
      ['discuss', t('If you could add one thing here to make it nicer for everyone, what would it be?', 'ถ้าเพิ่มได้หนึ่งอย่างเพื่อให้ที่นี่น่าอยู่ขึ้นสำหรับทุกคน จะเพิ่มอะไร')],
    ],
    secondary: [
      ['measure', t('Tally how people use the space (passing, resting, working) for 10 minutes and draw a bar chart.', 'นับจำนวนคนตามลักษณะการใช้พื้นที่ (เดินผ่าน พักผ่อน ทำงาน) เป็นเวลา 10 นาที แล้วเขียนแผนภูมิแท่ง')],
      ['discuss', t('If you could interview someone who lives here, which three questions would you ask about the canal?', 'ถ้าได้สัมภาษณ์คนที่อาศัยอยู่ที่นี่ จะถามคำถามอะไรสามข้อเกี่ยวกับคลอง')],
    ],
    'university-adult': [
      // No task about "neglect": several canal-side communities live with the threat of eviction.
      ['observe', t('Note the ways residents look after the space (gardens, notices, benches, swept paths). Photograph places, not people or homes, unless you have asked.', 'จดสิ่งที่บอกว่าคนในชุมชนดูแลพื้นที่อย่างไร (สวน ป้ายประกาศ ม้านั่ง ทางเดินที่กวาดไว้) ถ่ายภาพได้เฉพาะสถานที่ ถ้าจะถ่ายคนหรือบ้านให้ขออนุญาตก่อน')],
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
      ['observe', t('Note which crafts are sold here and which materials they use.', 'จดว่ามีงานช่างฝีมืออะไรขายที่นี่ และใช้วัสดุอะไร')],
      ['discuss', t('How can local crafts earn a living without losing their meaning?', 'งานช่างฝีมือท้องถิ่นจะสร้างรายได้โดยไม่สูญเสียคุณค่าได้อย่างไร')],
    ],
  },
  culture: {
    primary: [
      ['observe', t('Find a pattern or decoration here and copy it into your notebook.', 'หาลวดลายหรือของตกแต่งที่นี่หนึ่งอย่าง แล้ววาดลงสมุด')],
      ['discuss', t('What festivals or celebrations might take place here?', 'ที่นี่อาจมีงานประเพณีหรือเทศกาลอะไรบ้าง')],
    ],
    secondary: [
      ['observe', t('Find words in Thai, in Lanna (Tai Tham) script or in English on signs here. What do they tell you?', 'หาคำภาษาไทย อักษรธรรมล้านนา หรือภาษาอังกฤษบนป้ายที่นี่ ป้ายบอกอะไรเราบ้าง')],
      ['discuss', t('How should visitors behave respectfully here?', 'ผู้มาเยือนควรปฏิบัติตัวอย่างไรให้เหมาะกับสถานที่นี้')],
    ],
    'university-adult': [
      ['observe', t('Note how the place is used today (worship, trade, tourism, leisure) and by whom.', 'สังเกตว่าปัจจุบันสถานที่นี้ใช้ทำอะไร (ศาสนา การค้า การท่องเที่ยว การพักผ่อน) และใครเป็นผู้ใช้')],
      ['discuss', t('How is Lanna culture kept alive, changed or sold here?', 'วัฒนธรรมล้านนาที่นี่ถูกสืบสาน ปรับเปลี่ยน หรือกลายเป็นสินค้าอย่างไร')],
    ],
  },
};

/** Food tasks: at a market (stalls) or at the canal-bank gardens (plants, no stalls). Nothing is tasted or picked. */
const FOOD = {
  market: {
    primary: [
      ['observe', t('Find three foods or ingredients you know and one you do not know. Ask the seller what it is called.', 'หาอาหารหรือวัตถุดิบที่รู้จักสามอย่าง และอย่างที่ไม่รู้จักหนึ่งอย่าง แล้วถามคนขายว่าเรียกว่าอะไร')],
      ['discuss', t('Which of these foods might come from plants that need a lot of water?', 'อาหารอย่างไหนอาจมาจากพืชที่ต้องใช้น้ำมาก')],
    ],
    secondary: [
      ['observe', t('List the vegetables and herbs you see and mark those used in northern Thai cooking (ask politely if unsure).', 'จดผักและสมุนไพรที่เห็น แล้วทำเครื่องหมายอย่างที่ใช้ในอาหารเหนือ (ถ้าไม่แน่ใจให้ถามอย่างสุภาพ)')],
      ['discuss', t('Why does it matter where food is grown and how clean the water there is?', 'ทำไมแหล่งปลูกอาหารและความสะอาดของน้ำในที่นั้นจึงสำคัญ')],
    ],
    'university-adult': [
      ['measure', t('At three food stalls, count the kinds of packaging used. What share is plastic?', 'ที่ร้านอาหารสามร้าน นับประเภทบรรจุภัณฑ์ที่ใช้ มีพลาสติกเป็นสัดส่วนเท่าไร')],
      ['discuss', t('How are food, livelihoods and the canal linked in this area?', 'ในย่านนี้ อาหาร อาชีพ และคลองแม่ข่าเกี่ยวโยงกันอย่างไร')],
    ],
  },
  garden: {
    primary: [
      ['observe', t('From the path, find three plants you know and one you do not. Draw the one you do not know.', 'ยืนบนทางเดิน หาพืชที่รู้จักสามอย่าง และอย่างที่ไม่รู้จักหนึ่งอย่าง แล้ววาดภาพอย่างที่ไม่รู้จัก')],
      ['discuss', t('Why might people grow food beside a canal?', 'ทำไมคนจึงปลูกผักริมคลอง')],
    ],
    secondary: [
      ['observe', t('From the path, list the vegetables and herbs you can see and mark those used in northern Thai cooking (ask a gardener politely if unsure).', 'ยืนบนทางเดิน จดผักและสมุนไพรที่มองเห็น แล้วทำเครื่องหมายอย่างที่ใช้ในอาหารเหนือ (ถ้าไม่แน่ใจให้ถามคนปลูกอย่างสุภาพ)')],
      ['discuss', t('Why does it matter how clean the water is where food grows?', 'ทำไมความสะอาดของน้ำในที่ที่ปลูกอาหารจึงสำคัญ')],
    ],
    'university-adult': [
      ['observe', t('Note which plants grow where on the bank, and, if a gardener is happy to talk, who tends them and how they water them.', 'จดว่าพืชแต่ละอย่างขึ้นอยู่ตรงไหนของตลิ่ง และถ้าคนปลูกยินดีคุยด้วย ให้ถามว่าใครดูแลและรดน้ำอย่างไร')],
      ['discuss', t('How are food, livelihoods and the canal’s restoration linked here?', 'ที่นี่ อาหาร อาชีพ และการฟื้นฟูคลองเกี่ยวโยงกันอย่างไร')],
    ],
  },
};

/**
 * Sites whose sources say too little for a theme's general tasks get their own: the merit bridge
 * (a footbridge no source locates) and the earthen wall (an estimated point on city streets).
 */
const SITE_TASKS = {
  'merit-bridge': {
    community: {
      primary: [
        ['observe', t('If you find the footbridge, stand on the bank beside it (not on the bridge) and count for 5 minutes the people who cross it: walking, cycling or pushing a bike.', 'ถ้าหาสะพานคนเดินพบ ให้ยืนบนตลิ่งข้างสะพาน (ไม่ยืนบนสะพาน) แล้วนับคนที่เดิน ปั่นจักรยาน หรือจูงจักรยานข้ามสะพาน เป็นเวลา 5 นาที')],
        ['discuss', t('Why might neighbours on two banks want a bridge of their own?', 'ทำไมเพื่อนบ้านสองฝั่งคลองจึงอยากมีสะพานของตัวเอง')],
      ],
      secondary: THEME.community.secondary,
      'university-adult': [
        ['discuss', t('How could residents, the city and the university share the work of caring for the canal?', 'ชุมชน เทศบาล และมหาวิทยาลัย จะแบ่งบทบาทกันดูแลคลองได้อย่างไร')],
      ],
    },
    culture: {
      primary: [['discuss', t('What does “merit” (bun) mean to you? Draw one good deed that helps a neighbour.', '“บุญ” หมายถึงอะไรสำหรับเรา วาดภาพการทำความดีหนึ่งอย่างที่ช่วยเพื่อนบ้าน')]],
      secondary: [['discuss', t('Who might have built or paid for a footbridge like this, and why might that be counted as making merit?', 'คิดว่าใครอาจเป็นผู้สร้างหรือออกทุนสร้างสะพานคนเดินแบบนี้ และทำไมจึงอาจนับเป็นการทำบุญ')]],
      'university-adult': [['observe', t('If residents are happy to talk, ask when the bridge was built and what it changed for the two communities.', 'ถ้าคนในชุมชนยินดีคุยด้วย ลองถามว่าสะพานนี้สร้างเมื่อไร และทำให้สองชุมชนเปลี่ยนไปอย่างไร')]],
    },
  },
  'earthen-wall': {
    history: {
      primary: [
        ['observe', t('Walk from Jaeng Katam toward the canal and look for a bank, a mound or a change in ground level. Draw what you find, or draw what a wall of earth might have looked like.', 'เดินจากแจ่งก๊ะต๊ำไปทางคลอง มองหาคันดิน เนิน หรือพื้นที่ที่สูงต่ำต่างกัน แล้ววาดสิ่งที่พบ หรือวาดภาพว่ากำแพงดินน่าจะมีหน้าตาอย่างไร')],
        ['discuss', t('What might this place have looked like when your grandparents were young?', 'ตอนที่ปู่ย่าตายายยังเด็ก ที่นี่น่าจะมีหน้าตาอย่างไร')],
      ],
      secondary: [
        ['observe', t('Look for street, lane or place names along the way that mention a wall (kamphaeng) or a moat (khu). What might they tell you?', 'มองหาชื่อถนน ซอย หรือสถานที่ระหว่างทางที่มีคำว่า “กำแพง” หรือ “คู” ชื่อเหล่านี้อาจบอกอะไรเราได้บ้าง')],
        THEME.history.secondary[1],
      ],
      'university-adult': [
        ['discuss', t('Our sources do not locate the earthen wall. What evidence (old maps, ground levels, names, residents’ memories) would you need to draw its course?', 'แหล่งข้อมูลที่ใช้ไม่ได้ระบุแนวกำแพงดิน ต้องมีหลักฐานอะไรบ้าง (แผนที่เก่า ระดับพื้นดิน ชื่อสถานที่ ความทรงจำของคนในชุมชน) จึงจะวาดแนวกำแพงได้')],
        THEME.history['university-adult'][1],
      ],
    },
  },
};

/** Extra water tasks at the eight bridges that the sampling programme lists (no results published). */
const BRIDGE = {
  primary: t('Stand together at a safe spot beside the bridge, off the road, and look at the water on your side: what colour is it? Is there litter? If your teacher takes you across at a safe crossing, compare the water on the other side.', 'ยืนรวมกลุ่มในที่ปลอดภัยข้างสะพาน ไม่ยืนบนถนน แล้วดูน้ำด้านที่ยืนอยู่ น้ำสีอะไร มีขยะไหม ถ้าครูพาข้ามถนนไปอีกฝั่งตรงจุดที่ข้ามได้ปลอดภัย ให้เทียบกับน้ำอีกด้านของสะพาน'),
  secondary: t('This bridge is listed as a water-sampling point, but no results are published. Describe the colour and smell of the water and compare them with the previous bridge on your route.', 'สะพานนี้อยู่ในรายชื่อจุดเก็บตัวอย่างน้ำ แต่ยังไม่มีการเผยแพร่ผล บอกสีและกลิ่นของน้ำ แล้วเทียบกับสะพานก่อนหน้าในเส้นทาง'),
  'university-adult': t('This bridge is listed as a water-sampling point, but no results are published. What would you need to know to judge the water, and who should publish it?', 'สะพานนี้อยู่ในรายชื่อจุดเก็บตัวอย่างน้ำ แต่ยังไม่มีการเผยแพร่ผล ต้องรู้ข้อมูลอะไรบ้างจึงจะประเมินคุณภาพน้ำได้ และใครควรเป็นผู้เผยแพร่'),
};

const G = (topic, en, th, months) => ({ topic, basis: 'generic', text: t(en, th), ...(months ? { months } : {}) });
const S = (topic, source, en, th) => ({ topic, basis: 'sourced', source, text: t(en, th) });

const EDGE = G('canal-edge', 'Stay back from the canal edge; where there is no railing, keep pupils in pairs with an adult nearby.', 'อยู่ห่างจากขอบคลอง ตรงที่ไม่มีราวกั้น ให้นักเรียนจับคู่กัน และมีผู้ใหญ่ดูแลอยู่ใกล้ ๆ');
const MOAT_EDGE = G('canal-edge', 'Stay back from the moat’s edge; keep pupils in pairs with an adult nearby.', 'อยู่ห่างจากขอบคูเมือง ให้นักเรียนจับคู่กัน และมีผู้ใหญ่ดูแลอยู่ใกล้ ๆ');
const PATH_EDGE = G('canal-edge', 'Stay well back from the water’s edge: a reservoir can be deep close to the bank. Keep pupils in pairs with an adult nearby.', 'อยู่ให้ห่างจากขอบอ่าง อ่างเก็บน้ำอาจลึกตั้งแต่ใกล้ตลิ่ง ให้นักเรียนจับคู่กัน และมีผู้ใหญ่ดูแลอยู่ใกล้ ๆ');
const CANAL_WATER = S('water-contact', 'CMU thesis 2023 via the facts file: the canal was rated heavily polluted', 'Do not touch the canal water; wash hands before eating.', 'ห้ามสัมผัสน้ำในคลอง ล้างมือก่อนกินอาหาร');
const OTHER_WATER = G('water-contact', 'Do not touch or drink the water; wash hands before eating.', 'ห้ามสัมผัสหรือดื่มน้ำ ล้างมือก่อนกินอาหาร');
const FLOOD = G('flood', 'In the rainy season, above all in September and October, the canal can rise fast after heavy rain: check the weather and any flood warning on the day, and keep well away from high or fast water.', 'หน้าฝน โดยเฉพาะเดือนกันยายนและตุลาคม น้ำในคลองอาจขึ้นเร็วหลังฝนตกหนัก ให้ดูพยากรณ์อากาศและประกาศเตือนน้ำท่วมในวันนั้น และถ้าระดับน้ำสูงหรือไหลแรง ให้อยู่ห่างจากริมคลอง', [5, 6, 7, 8, 9, 10]);
const FLASH_FLOOD = G('flood', 'In the rainy season a mountain stream can rise within minutes after rain upstream: leave the water’s edge at once if the water turns muddy or rises.', 'หน้าฝน ถ้าฝนตกทางต้นน้ำ น้ำป่าอาจไหลหลากลงมาในลำห้วยได้ภายในไม่กี่นาที ถ้าน้ำเริ่มขุ่นหรือสูงขึ้น ให้ออกห่างจากริมน้ำทันที', [5, 6, 7, 8, 9, 10]);
const SLIPPERY = G('slippery', 'Rocks and steps near falling water can be slippery: keep off wet rocks and out of the water, and keep pupils in pairs with an adult nearby.', 'หินและขั้นบันไดใกล้น้ำตกอาจลื่น อย่าปีนหรือเดินบนหินที่เปียก ห้ามลงน้ำ และให้นักเรียนจับคู่กันโดยมีผู้ใหญ่ดูแลอยู่ใกล้ ๆ');
const MOSQUITOES = G('mosquitoes', 'Mosquitoes are common by the water and can carry dengue: use repellent and wear long sleeves.', 'ริมน้ำยุงชุม และยุงอาจเป็นพาหะของไข้เลือดออก ให้ทายากันยุงและใส่เสื้อแขนยาว');
const SMOKE = G('smoke', 'In the burning season (February–April) smoke can make the air unhealthy (PM2.5): check the air quality that morning; on a bad day shorten or postpone the walk, and have pupils wear N95 masks if you go out.', 'ช่วงหมอกควัน (กุมภาพันธ์–เมษายน) อากาศอาจมีฝุ่น PM2.5 สูงจนเป็นอันตรายต่อสุขภาพ ให้ดูค่าฝุ่นในเช้าวันนั้น ถ้าค่าฝุ่นสูงให้ย่นระยะทางเดินหรือเลื่อนวัน และถ้าต้องออกไปข้างนอก ให้นักเรียนสวมหน้ากาก N95', [2, 3, 4]);
const HEAT = G('heat', 'In the hot months (March–May) the sun is strong from late morning: bring water and hats, and rest in the shade.', 'ช่วงหน้าร้อน (มีนาคม–พฤษภาคม) แดดแรงตั้งแต่สาย ๆ ให้พกน้ำดื่มและหมวก และพักในที่ร่ม', [3, 4, 5]);
const ROAD = G('road', 'Cross roads only at crossings, as one group, with adults at the front and back.', 'ข้ามถนนเฉพาะที่ทางม้าลายหรือทางข้ามที่มีสัญญาณไฟ เดินไปพร้อมกันเป็นกลุ่ม มีผู้ใหญ่อยู่หัวแถวและท้ายแถว');
const BRIDGE_ROAD = G('road', 'If the bridge carries traffic and has no footway, do not walk onto it: watch the canal from the bank beside it, off the road, and cross the canal at a bridge with a footway.', 'ถ้าสะพานมีรถสัญจรและไม่มีทางเท้า อย่าพานักเรียนเดินขึ้นสะพาน ให้ดูคลองจากตลิ่งข้างสะพาน ไม่ยืนบนถนน และข้ามคลองที่สะพานที่มีทางเท้า');
/** MK01 and MK07 take their names from the main roads they carry (the sampling programme's list). */
const MAIN_ROAD = S('road', 'the bridge’s name in the sampling programme’s list (Ring Road 2, Mahidol Road)', 'This bridge carries a main road with fast traffic: do not walk onto it or along its kerb; watch from a side street or the bank well away from the carriageway, or leave this stop out with younger pupils.', 'สะพานนี้อยู่บนถนนสายหลักที่รถวิ่งเร็ว ห้ามพานักเรียนเดินขึ้นสะพานหรือเดินชิดขอบถนน ให้ดูคลองจากซอยข้างเคียงหรือจากตลิ่งที่อยู่ห่างถนน หรือข้ามจุดนี้ไปถ้าเป็นนักเรียนเล็ก');
const FOOTBRIDGE = G('walkway', 'The footbridge’s width and railings are not recorded: cross in single file, a few pupils at a time with an adult, watch for bicycles and motorbikes, and do not stop, lean or throw anything over the side.', 'ไม่มีข้อมูลความกว้างและราวกั้นของสะพานคนเดิน ให้ข้ามทีละไม่กี่คนเรียงแถวเดียวพร้อมผู้ใหญ่ ระวังจักรยานและรถจักรยานยนต์ และอย่าหยุด ชะโงก หรือโยนสิ่งของลงจากสะพาน');
const WALLS = G('monument', 'The old brick walls are an ancient monument: do not climb them or walk along their top; the drops are high.', 'ป้อมและกำแพงอิฐเก่าเป็นโบราณสถาน ห้ามปีนหรือเดินบนกำแพง กำแพงสูง อาจพลัดตกลงมาได้');
const MONUMENT = G('monument', 'People come here to pay respect to the three kings: do not climb or sit on the monument’s base, and keep voices low.', 'ผู้คนมาสักการะพระเจ้าสามกษัตริย์ที่นี่ อย่าปีนหรือนั่งบนฐานอนุสาวรีย์ และพูดเบา ๆ');
const STATION = G('facility', 'Stay outside the pumping station’s fence and away from its machinery and manhole covers; keep back from open drains.', 'อยู่นอกรั้วสถานีสูบน้ำเสีย อย่าเข้าใกล้เครื่องจักรหรือฝาบ่อ และอยู่ห่างจากรางระบายน้ำที่เปิดอยู่');
const MARKET_LANES = G('lanes', 'Motorbikes, carts and delivery trucks move through the market lanes, and floors may be wet: walk in small groups with an adult, keep to the side and watch your footing.', 'ในตลาดมีรถจักรยานยนต์ รถเข็น และรถส่งของผ่านไปมา และพื้นอาจเปียกลื่น ให้เดินเป็นกลุ่มเล็กพร้อมผู้ใหญ่ ชิดข้างทาง และระวังพื้นลื่น');
const MARKET_HOURS = G('opening-hours', 'Opening hours are not given here because sources disagree: check that the market is open at the time of your visit.', 'แอปนี้ไม่ได้แสดงเวลาเปิดปิดเพราะแหล่งข้อมูลระบุไม่ตรงกัน ควรตรวจสอบว่าตลาดเปิดในเวลาที่จะไป');
const NIGHT_MARKET = G('opening-hours', 'A night market: many stalls may still be shut during school hours.', 'ที่นี่เป็นตลาดกลางคืน หลายแผงอาจยังไม่เปิดในช่วงเวลาเรียน');
const SATURDAY = G('opening-hours', 'The walking street is held on Saturdays (so its name says); check its hours. On other days there are no stalls and the street carries traffic: plan the trade tasks for a Saturday, or use it as a street stop only.', 'ถนนคนเดินวัวลายจัดเฉพาะวันเสาร์ (จึงเรียกกันว่าถนนคนเดินวันเสาร์) ควรตรวจสอบเวลาก่อนไป วันอื่นไม่มีแผงขายของและมีรถสัญจรตามปกติ ถ้าจะทำกิจกรรมเรื่องการค้าขาย ให้วางแผนมาวันเสาร์ หรือใช้เป็นเพียงจุดแวะริมถนน');
const FIRST_AID = G('first-aid', 'Carry a first-aid kit, a list of pupils’ medical needs and parents’ phone numbers; in a medical emergency call 1669.', 'พกชุดปฐมพยาบาล ข้อมูลโรคประจำตัวของนักเรียน และเบอร์โทรผู้ปกครอง กรณีเจ็บป่วยฉุกเฉินโทร 1669');
const LANES = G('lanes', 'Motorbikes use the narrow lanes here: walk in single file on one side and listen for engines.', 'ซอยแคบแถวนี้มีรถจักรยานยนต์วิ่ง ให้เดินเรียงแถวเดียวชิดข้างทาง และฟังเสียงรถ');
const DOGS = G('dogs', 'Dogs roam around temples and lanes: do not approach, touch or feed them; walk calmly past. If a dog bites or scratches anyone, wash the wound with soap and running water for 15 minutes and see a doctor the same day.', 'แถววัดและในซอยมีสุนัขเดินเพ่นพ่าน อย่าเข้าใกล้ จับ หรือให้อาหาร ให้เดินผ่านไปอย่างสงบ ถ้าถูกสุนัขกัดหรือข่วน ให้ล้างแผลด้วยสบู่และน้ำสะอาดไหลผ่านนาน 15 นาที แล้วพบแพทย์ภายในวันนั้น');
const RESIDENTS = G('residents', 'People live here: keep voices low, stay out of yards and gardens, and ask before photographing homes or people.', 'ที่นี่มีคนอาศัยอยู่ ให้พูดเบา ๆ ไม่เข้าไปในบริเวณบ้านหรือแปลงผัก และขออนุญาตก่อนถ่ายภาพบ้านหรือผู้คน');
const TEMPLE = G('residents', 'A temple: dress modestly (shoulders and knees covered), take off shoes where asked, keep voices low, and follow the temple’s signs (in many Lanna temples some areas are closed to women).', 'ที่นี่เป็นวัด แต่งกายสุภาพ (ปิดไหล่และเข่า) ถอดรองเท้าตรงที่มีป้ายบอก พูดเบา ๆ และทำตามป้ายในวัด (วัดในล้านนาหลายแห่งมีบางพื้นที่ห้ามสตรีเข้า)');
const GARDENS = G('gardens', 'The gardens belong to residents: look from the path, and do not pick or eat anything.', 'แปลงผักเป็นของชาวบ้าน ให้ดูจากทางเดิน ห้ามเก็บหรือกินพืชผัก');
const CROWD = G('crowd', 'Busy place: agree a meeting point and a time, and count heads before leaving.', 'ที่นี่คนพลุกพล่าน ตกลงจุดนัดพบและเวลาให้ชัดเจน และนับจำนวนนักเรียนก่อนออกเดินทางต่อ');
const WALKWAY_2M = S('walkway', 'Nation 2022-07-12 (facts file): a 2 m walkway on the canal side', 'The walkway is about 2 m wide: walk in pairs or single file and let others pass.', 'ทางเดินกว้างราว 2 เมตร ให้เดินเป็นคู่หรือเรียงแถวเดียว และหลีกทางให้ผู้อื่น');
const WORKS = S('walkway', 'Nation 2025-10-15 (facts file): phases 2–3 still under way in October 2025', 'Restoration work may still be under way: keep out of work areas and follow signs.', 'อาจยังมีงานก่อสร้างฟื้นฟูอยู่ อย่าเข้าไปในเขตก่อสร้าง และทำตามป้าย');
const HOURS = S('opening-hours', 'Chiang Mai municipal museums (facts file): one secondary source, not confirmed', 'One source gives the hours as Wednesday to Sunday, 08:30–16:30; it is not confirmed, so check with the museum before you plan the visit.', 'แหล่งข้อมูลหนึ่งระบุว่าเปิดวันพุธ–วันอาทิตย์ 08.30–16.30 น. ข้อมูลนี้ยังไม่ได้ยืนยัน ควรสอบถามพิพิธภัณฑ์ก่อนวางแผน');
const TOILETS = G('toilets', 'No toilets are recorded for this stop: plan toilet breaks before the trip.', 'ไม่มีข้อมูลห้องน้ำของจุดนี้ ควรวางแผนจุดแวะเข้าห้องน้ำไว้ล่วงหน้า');

const MARKETS = /market|bazaar|walking-street/;
/** Sites in or beside a residential canal-side community (the sources name the community). */
const COMMUNITY = new Set(['mk02-si-lanna-bridge', 'mk04-si-mongkhon-bridge', 'rakaeng-bridge', 'merit-bridge', 'canal-bank-gardens', 'phase-1-promenade', 'pumping-station-6-kat-kom']);

/** The water notes of a site whose visit goes to the water: on the canal, or about water or ecology. */
const WATER_NOTES = {
  canal: [EDGE, CANAL_WATER, FLOOD, MOSQUITOES],
  moat: [MOAT_EDGE, OTHER_WATER, MOSQUITOES],
  stream: [SLIPPERY, OTHER_WATER, FLASH_FLOOD, MOSQUITOES],
  reservoir: [PATH_EDGE, OTHER_WATER, MOSQUITOES],
  none: [],
};

function safetyFor(p, water) {
  const notes = [];
  if (water === 'canal' || p.themes.some((th) => th === 'water' || th === 'ecology')) notes.push(...WATER_NOTES[water]);
  // Road bridges: the sampling bridges, and Rakaeng bridge (two street ways cross the canal there in OSM).
  if (p.code || p.id === 'rakaeng-bridge') notes.push(BRIDGE_ROAD);
  if (p.code === 'MK01' || p.code === 'MK07') notes.push(MAIN_ROAD);
  if (p.id === 'merit-bridge') notes.push(FOOTBRIDGE);
  if (p.id === 'phase-1-promenade') notes.push(WALKWAY_2M);
  if (p.id === 'phase-2-walkway' || p.id === 'walkway-north-of-tha-phae') notes.push(WORKS);
  if (p.id === 'canal-bank-gardens') notes.push(GARDENS);
  if (p.id === 'pumping-station-6-kat-kom') notes.push(STATION);
  if (p.id.startsWith('jaeng-') || p.id === 'tha-phae-gate') notes.push(WALLS);
  if (p.id === 'tha-phae-gate') notes.push(MOAT_EDGE);
  if (p.id === 'three-kings-monument') notes.push(MONUMENT);
  if (p.openingHours) notes.push(HOURS);
  const market = (MARKETS.test(p.id) && p.id !== 'night-bazaar-stretch') || p.id === 'pumping-station-6-kat-kom';
  if (market || p.id === 'tha-phae-gate') notes.push(CROWD);
  if (market && p.id !== 'wua-lai-walking-street' && p.id !== 'night-bazaar') notes.push(MARKET_LANES, MARKET_HOURS);
  if (p.id === 'night-bazaar') notes.push(MARKET_HOURS, NIGHT_MARKET);
  if (p.id === 'wua-lai-walking-street') notes.push(SATURDAY);
  if (COMMUNITY.has(p.id)) notes.push(LANES, RESIDENTS, DOGS);
  if (p.id.startsWith('wat-')) notes.push(TEMPLE, DOGS);
  notes.push(ROAD, SMOKE, HEAT, TOILETS, FIRST_AID);
  return [...new Set(notes)];
}

function activitiesFor(p, water) {
  const out = [];
  for (const band of BANDS) {
    for (const theme of p.themes) {
      const table =
        SITE_TASKS[p.id]?.[theme] ? SITE_TASKS[p.id][theme]
        : theme === 'water' ? WATER[water]
        : theme === 'ecology' ? ECOLOGY[water === 'none' ? 'dry' : 'water']
        : theme === 'food' ? FOOD[p.id === 'canal-bank-gardens' ? 'garden' : 'market']
        : THEME[theme];
      for (const [kind, text] of table[band]) out.push({ band, theme, kind, text });
    }
    if (p.code) out.push({ band, theme: 'water', kind: 'observe', text: BRIDGE[band] });
  }
  return out;
}

const file = {
  kind: 'pedagogical-suggestions',
  version: 1,
  note: t(
    'Suggested activities and questions written for teachers by this project. They are teaching ideas, not facts about the sites; adapt them to your class. Safety notes marked “General advice” are general good practice; those marked “From a source this app uses” rest on the source they name. Seasonal notes are shown for trips in their months.',
    'กิจกรรมและคำถามที่โครงการนี้เขียนเป็นแนวทางให้ครู เป็นข้อเสนอแนะด้านการสอน ไม่ใช่ข้อเท็จจริงเกี่ยวกับสถานที่ ปรับใช้ให้เหมาะกับชั้นเรียน ข้อควรระวังที่ระบุว่า “คำแนะนำทั่วไป” เป็นแนวปฏิบัติทั่วไป ส่วนที่ระบุว่า “จากแหล่งข้อมูลที่แอปนี้ใช้” อ้างอิงแหล่งข้อมูลที่ระบุไว้ ข้อควรระวังตามฤดูกาลจะแสดงเมื่อวันทัศนศึกษาอยู่ในเดือนนั้น',
  ),
  sites: {},
};
const tally = {};
for (const f of sites) {
  const water = waterAt(f);
  tally[water] = (tally[water] ?? 0) + 1;
  file.sites[f.properties.id] = { activities: activitiesFor(f.properties, water), safety: safetyFor(f.properties, water) };
}

writeFileSync(`${root}data/activities.json`, `${JSON.stringify(file, null, 1)}\n`);
console.log(`data/activities.json: ${sites.length} sites; water at hand: ${Object.entries(tally).map(([k, n]) => `${k} ${n}`).join(', ')}`);
