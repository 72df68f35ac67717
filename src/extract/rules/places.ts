// A small gazetteer: common ports, cities, regions and country names (en, zh)
// mapped to ISO 3166-1 alpha-2, so "发到汉堡" or "CIF Santos" gives a country.
// Chinese cities are here too: a domestic delivery address gives CN.
// Each row: country names; ports, cities and regions.

const TABLE: Record<string, string> = {
  DE: 'Germany|Deutschland|德国;Hamburg|汉堡|Bremen|Bremerhaven|不莱梅|Frankfurt|法兰克福|Berlin|柏林|Munich|München|慕尼黑|Düsseldorf|Dusseldorf|杜塞尔多夫|Cologne|Köln|科隆|Stuttgart|斯图加特',
  NL: 'Netherlands|Holland|荷兰;Rotterdam|鹿特丹|Amsterdam|阿姆斯特丹',
  BE: 'Belgium|比利时;Antwerp|Antwerpen|安特卫普|Brussels|布鲁塞尔',
  FR: 'France|法国;Le Havre|勒阿弗尔|Marseille|马赛|Paris|巴黎|Lyon|里昂',
  GB: 'United Kingdom|England|Britain|Great Britain|英国;Felixstowe|费利克斯托|Southampton|南安普顿|London Gateway|London|伦敦|Liverpool|利物浦|Manchester|曼彻斯特|Birmingham|伯明翰',
  IE: 'Ireland|爱尔兰;Dublin|都柏林',
  IT: 'Italy|意大利;Genoa|Genova|热那亚|La Spezia|Milan|Milano|米兰|Naples|那不勒斯',
  ES: 'Spain|西班牙;Valencia|瓦伦西亚|Barcelona|巴塞罗那|Madrid|马德里|Algeciras',
  PT: 'Portugal|葡萄牙;Lisbon|里斯本|Leixões|Leixoes',
  PL: 'Poland|波兰;Gdansk|Gdańsk|格但斯克|Warsaw|华沙',
  GR: 'Greece|希腊;Piraeus|比雷埃夫斯|Athens|雅典',
  SE: 'Sweden|瑞典;Gothenburg|哥德堡|Stockholm|斯德哥尔摩',
  DK: 'Denmark|丹麦;Aarhus|Copenhagen|哥本哈根',
  NO: 'Norway|挪威;Oslo',
  FI: 'Finland|芬兰;Helsinki',
  CZ: 'Czech|捷克;Prague|布拉格',
  AT: 'Austria|奥地利;Vienna|维也纳',
  CH: 'Switzerland|瑞士;Zurich|苏黎世',
  HU: 'Hungary|匈牙利;Budapest',
  RO: 'Romania|罗马尼亚;Constanta',
  TR: 'Turkey|Türkiye|土耳其;Istanbul|伊斯坦布尔|Mersin|梅尔辛',
  RU: 'Russia|俄罗斯;Moscow|莫斯科|St Petersburg|Saint Petersburg|圣彼得堡|Vladivostok|海参崴',
  UA: 'Ukraine|乌克兰;Odessa',
  AE: 'United Arab Emirates|UAE|阿联酋;Jebel Ali|杰贝阿里|Dubai|迪拜|Abu Dhabi|阿布扎比|Sharjah|沙迦',
  SA: 'Saudi Arabia|Saudi|KSA|沙特阿拉伯|沙特;Dammam|达曼|Jeddah|吉达|Riyadh|利雅得',
  QA: 'Qatar|卡塔尔;Doha|多哈',
  KW: 'Kuwait|科威特;',
  OM: 'Oman|阿曼;Muscat|马斯喀特|Sohar',
  BH: 'Bahrain|巴林;',
  IQ: 'Iraq|伊拉克;Umm Qasr|Basra|巴士拉',
  IR: 'Iran|伊朗;Bandar Abbas|阿巴斯',
  IL: 'Israel|以色列;Haifa|海法|Ashdod',
  EG: 'Egypt|埃及;Alexandria|亚历山大|Port Said|塞得港|Cairo|开罗',
  NG: 'Nigeria|尼日利亚;Lagos|拉各斯|Apapa|阿帕帕|Tin Can|Onne|Abuja|阿布贾|Kano',
  GH: 'Ghana|加纳;Tema|特马|Accra|阿克拉',
  KE: 'Kenya|肯尼亚;Mombasa|蒙巴萨|Nairobi|内罗毕',
  TZ: 'Tanzania|坦桑尼亚;Dar es Salaam|达累斯萨拉姆',
  ZA: 'South Africa|南非;Durban|德班|Cape Town|开普敦|Johannesburg|约翰内斯堡',
  MA: 'Morocco|摩洛哥;Casablanca|卡萨布兰卡|Tangier',
  DZ: 'Algeria|阿尔及利亚;Algiers',
  ET: 'Ethiopia|埃塞俄比亚;Addis Ababa',
  DJ: 'Djibouti|吉布提;',
  CI: "Côte d'Ivoire|Ivory Coast|科特迪瓦;Abidjan|阿比让",
  SN: 'Senegal|塞内加尔;Dakar|达喀尔',
  BR: 'Brazil|Brasil|巴西;Santos|桑托斯|Paranaguá|Paranagua|巴拉那瓜|Itajaí|Itajai|Rio de Janeiro|里约|São Paulo|Sao Paulo|圣保罗|Curitiba|库里蒂巴',
  AR: 'Argentina|阿根廷;Buenos Aires|布宜诺斯艾利斯',
  CL: 'Chile|智利;Valparaíso|Valparaiso|瓦尔帕莱索|Santiago|圣地亚哥',
  PE: 'Peru|秘鲁;Callao|卡亚俄|Lima|利马',
  CO: 'Colombia|哥伦比亚;Cartagena|卡塔赫纳|Buenaventura|Bogotá|Bogota|波哥大',
  MX: 'Mexico|México|墨西哥;Manzanillo|曼萨尼约|Veracruz|Lázaro Cárdenas',
  EC: 'Ecuador|厄瓜多尔;Guayaquil|瓜亚基尔',
  PA: 'Panama|巴拿马;',
  US: 'United States|America|美国;Los Angeles|洛杉矶|Long Beach|长滩|New York|纽约|Savannah|萨凡纳|Houston|休斯顿|Seattle|西雅图|Oakland|奥克兰港|Miami|迈阿密|Chicago|芝加哥|Norfolk|Charleston|Ohio|俄亥俄|California|加州|Texas|德州|Florida|佛罗里达|Illinois|Michigan|Pennsylvania|New Jersey|新泽西|Arizona|Nevada|Oregon|Colorado|Utah|Minnesota|Wisconsin|Indiana|Kentucky|Tennessee|Alabama|Louisiana|Missouri|Iowa|Kansas|Oklahoma|North Carolina|South Carolina|Virginia|Maryland|Massachusetts|Connecticut',
  CA: 'Canada|加拿大;Vancouver|温哥华|Toronto|多伦多|Montreal|蒙特利尔',
  AU: 'Australia|澳大利亚|澳洲;Melbourne|墨尔本|Sydney|悉尼|Brisbane|布里斯班|Perth|珀斯|Adelaide|阿德莱德|Fremantle|Queensland|昆士兰',
  NZ: 'New Zealand|新西兰;Auckland|Tauranga',
  JP: 'Japan|日本;Tokyo|东京|Yokohama|横滨|Osaka|大阪|Kobe|神户|Nagoya|名古屋',
  KR: 'Korea|韩国;Busan|釜山|Incheon|仁川|Seoul|首尔',
  SG: 'Singapore|新加坡;',
  MY: 'Malaysia|马来西亚;Port Klang|巴生|Kuala Lumpur|吉隆坡|Penang|槟城',
  TH: 'Thailand|泰国;Laem Chabang|林查班|Bangkok|曼谷',
  VN: 'Vietnam|Viet Nam|越南;Ho Chi Minh|胡志明|Haiphong|Hai Phong|海防|Hanoi|河内',
  ID: 'Indonesia|印尼|印度尼西亚;Jakarta|雅加达|Surabaya|泗水',
  PH: 'Philippines|菲律宾;Manila|马尼拉',
  IN: 'India|印度;Nhava Sheva|Mumbai|孟买|Chennai|金奈|Mundra|Delhi|德里',
  PK: 'Pakistan|巴基斯坦;Karachi|卡拉奇',
  BD: 'Bangladesh|孟加拉;Chittagong|吉大港|Dhaka|达卡',
  LK: 'Sri Lanka|斯里兰卡;Colombo|科伦坡',
  HK: ';Hong Kong|香港|九龙|新界|旺角|葵涌|葵青|观塘|荃湾|沙田|尖沙咀|铜锣湾|屯门|元朗|深水埗|长沙湾|油麻地|中环|湾仔|将军澳|大埔|柴湾|黄大仙|Kowloon|Kwai Chung|Mong Kok|Tsuen Wan',
  MO: 'Macau|Macao|澳门;',
  TW: 'Taiwan|台湾;Kaohsiung|高雄|台北|新北|台中|台南|桃园|新竹|基隆|Taipei|Taichung|Tainan|Taoyuan|Keelung',
  CN: '中国|国内;北京|上海|广州|深圳|杭州|宁波|义乌|嘉兴|成都|重庆|武汉|南京|苏州|天津|西安|郑州|长沙|青岛|厦门|福州|东莞|佛山|温州|合肥|济南|沈阳|大连|哈尔滨|昆明|南宁|南昌|石家庄|太原|贵阳|兰州|乌鲁木齐|无锡|常州|绍兴|台州|金华|泉州|中山|珠海|惠州|汕头|烟台|潍坊|徐州|南通|扬州|保定|唐山|洛阳|龙华|宝安|萧山|余杭|昆山|江门|揭阳|晋江|石狮|莆田|临沂|Shanghai|Ningbo|Shenzhen|Guangzhou|Xiamen|Qingdao|Tianjin|Yiwu|Dalian',
};

export interface PlaceHit {
  name: string;
  country: string;
  start: number;
  end: number;
  /** The name is a country (or region), not a port or city. */
  isCountry: boolean;
}

const COUNTRY_WORDS = new Set<string>();
const LOOKUP = new Map<string, string>();
for (const [cc, row] of Object.entries(TABLE)) {
  const [countries = '', places = ''] = row.split(';');
  for (const n of countries.split('|').filter(Boolean)) {
    LOOKUP.set(n.toLowerCase(), cc);
    COUNTRY_WORDS.add(n.toLowerCase());
  }
  for (const n of places.split('|').filter(Boolean)) LOOKUP.set(n.toLowerCase(), cc);
}
const NAMES = [...LOOKUP.keys()].sort((a, b) => b.length - a.length);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Two plain alternations (Latin with word edges, CJK without) are much faster
// than one alternation with look-arounds on every branch.
const LATIN_RE = new RegExp(
  String.raw`(?<![A-Za-zÀ-ÿ])(?:${NAMES.filter((n) => /^[a-zà-ÿ]/i.test(n))
    .map(esc)
    .join('|')})(?![A-Za-zÀ-ÿ])`,
  'gi',
);
const CJK_RE = new RegExp(
  NAMES.filter((n) => !/^[a-zà-ÿ]/i.test(n))
    .map(esc)
    .join('|'),
  'g',
);
// Upper-case codes, only when not followed by "plug"/"standard" (a plug type, not a place).
const CODE_RE =
  /(?<![A-Za-z])(USA|U\.S\.A?\.?|US|UK|UAE|KSA)(?![A-Za-z])(?!\s*(?:plug|standard|version|type|socket|market price|插|规|标|版))/g;
const CODE_CC: Record<string, string> = {
  USA: 'US',
  US: 'US',
  'U.S.': 'US',
  'U.S.A.': 'US',
  'U.S.A': 'US',
  'U.S': 'US',
  UK: 'GB',
  UAE: 'AE',
  KSA: 'SA',
};

export function countryOf(name: string): string | undefined {
  return LOOKUP.get(name.toLowerCase().trim()) ?? CODE_CC[name.trim()];
}

/** Every known place named in `text`. */
export function findPlaces(text: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  let m: RegExpExecArray | null;
  for (const re of /[\u4e00-\u9fff]/.test(text) ? [LATIN_RE, CJK_RE] : [LATIN_RE]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      const cc = LOOKUP.get(m[0].toLowerCase());
      if (cc)
        out.push({
          name: m[0],
          country: cc,
          start: m.index,
          end: m.index + m[0].length,
          isCountry: COUNTRY_WORDS.has(m[0].toLowerCase()),
        });
    }
  }
  CODE_RE.lastIndex = 0;
  while ((m = CODE_RE.exec(text)) !== null) {
    const cc = CODE_CC[m[1]!];
    if (cc) out.push({ name: m[1]!, country: cc, start: m.index, end: m.index + m[0].length, isCountry: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
