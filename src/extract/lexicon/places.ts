// A gazetteer of ports, cities, regions and countries (en, zh) mapped to
// ISO 3166-1 alpha-2, read by rules/places.ts through a phrase trie, so a
// place is added here and every rule sees it. Reading text is Simplified
// Mandarin, so Traditional names arrive in Simplified form.
// Each row: country names; ports, cities and regions. Chinese cities are
// here too: a domestic delivery address gives CN. Names that are also
// common words or personal names (Georgia, Chad, Split, Male, 金边, 里加)
// are left out on purpose.
import { mapping, terms } from './terms.js';

export const GAZETTEER: Record<string, string> = {
  DE: 'Germany|Deutschland|德国;Hamburg|汉堡|Bremen|Bremerhaven|不莱梅|Frankfurt|法兰克福|Berlin|柏林|Munich|München|慕尼黑|Düsseldorf|Dusseldorf|杜塞尔多夫|Cologne|Köln|科隆|Stuttgart|斯图加特|Leipzig|莱比锡|Nuremberg|Nürnberg|纽伦堡|Duisburg|杜伊斯堡|Dortmund|多特蒙德|埃森|Hanover|Hannover|汉诺威|Dresden|德累斯顿|Bochum|Wuppertal|Mannheim|曼海姆|Karlsruhe|Augsburg|Aachen|亚琛|Kiel|Rostock|Lübeck',
  NL: 'Netherlands|Holland|荷兰;Rotterdam|鹿特丹|Amsterdam|阿姆斯特丹|Tilburg|蒂尔堡|Eindhoven|埃因霍温|Utrecht|乌得勒支|Venlo|芬洛|Breda|布雷达|Groningen|格罗宁根|Nijmegen|Arnhem|Almere|Den Bosch|The Hague|海牙|Moerdijk',
  BE: 'Belgium|比利时;Antwerp|Antwerpen|安特卫普|Brussels|布鲁塞尔|Ghent|Gent|根特|Liège|Liege|列日|Zeebrugge|泽布吕赫|Charleroi|Bruges|Mechelen',
  FR: 'France|法国;Le Havre|勒阿弗尔|Marseille|马赛|Paris|巴黎|Lyon|里昂|Toulouse|图卢兹|尼斯|Nantes|南特|Strasbourg|斯特拉斯堡|Lille|里尔|Rennes|Montpellier|蒙彼利埃|Dunkirk|Dunkerque|敦刻尔克|Fos-sur-Mer',
  GB: 'United Kingdom|England|Britain|Great Britain|英国;Felixstowe|费利克斯托|Southampton|南安普顿|London Gateway|London|伦敦|Liverpool|利物浦|Manchester|曼彻斯特|Birmingham|伯明翰|Glasgow|格拉斯哥|Leeds|利兹|Edinburgh|爱丁堡|Bristol|布里斯托|Sheffield|谢菲尔德|Nottingham|诺丁汉|Leicester|莱斯特|Newcastle|纽卡斯尔|Cardiff|加的夫|Belfast|贝尔法斯特|Coventry|Bradford|Immingham|Tilbury',
  IE: 'Ireland|爱尔兰;Dublin|都柏林',
  IT: 'Italy|意大利;Genoa|Genova|热那亚|La Spezia|Milan|Milano|米兰|Naples|那不勒斯|Trieste|的里雅斯特|Rome|Turin|Torino|都灵|Venice|Bologna|博洛尼亚|Firenze|佛罗伦萨|Verona|维罗纳|Padua|Padova|Bari|Palermo|Livorno|Salerno|Brescia|Bergamo',
  ES: 'Spain|西班牙;Valencia|瓦伦西亚|Barcelona|巴塞罗那|Madrid|马德里|Algeciras|Bilbao|毕尔巴鄂|Seville|塞维利亚|Zaragoza|萨拉戈萨|Málaga|Malaga|马拉加|Alicante|Murcia|Vigo|Tarragona',
  PT: 'Portugal|葡萄牙;Lisbon|里斯本|Leixões|Leixoes',
  PL: 'Poland|波兰;Gdansk|Gdańsk|格但斯克|Warsaw|华沙|Gdynia|Krakow|Kraków|克拉科夫|Lodz|Łódź|罗兹|Poznan|Poznań|Wroclaw|Wrocław|Katowice|Szczecin|什切青|Lublin|Bydgoszcz',
  GR: 'Greece|希腊;Piraeus|比雷埃夫斯|Athens|雅典',
  SE: 'Sweden|瑞典;Gothenburg|哥德堡|Stockholm|斯德哥尔摩|Malmö|Malmo|马尔默|Uppsala',
  DK: 'Denmark|丹麦;Aarhus|Copenhagen|哥本哈根|Odense|Esbjerg',
  NO: 'Norway|挪威;Oslo|Bergen|卑尔根|Stavanger|Trondheim',
  FI: 'Finland|芬兰;Helsinki|Tampere|Turku|Kotka',
  CZ: 'Czech|捷克;Prague|布拉格|Brno|布尔诺|Ostrava|俄斯特拉发|Plzeň|Plzen|Pilsen|比尔森|Olomouc|Liberec',
  AT: 'Austria|奥地利;Vienna|维也纳|Graz|格拉茨|Linz|林茨|Salzburg|萨尔茨堡|Innsbruck',
  CH: 'Switzerland|瑞士;Zurich|苏黎世|Geneva|日内瓦|Basel|巴塞尔|Bern|伯尔尼|Lausanne',
  HU: 'Hungary|匈牙利;Budapest|Debrecen|Szeged|Győr|Gyor',
  RO: 'Romania|罗马尼亚;Constanta|Bucharest|布加勒斯特|Cluj-Napoca|Cluj|Timișoara|Timisoara|Iași|Iasi',
  TR: 'Turkey|Türkiye|土耳其;Istanbul|伊斯坦布尔|Mersin|梅尔辛|Izmir|伊兹密尔|Ambarli|Gemlik|Ankara|安卡拉|Bursa|Antalya|安塔利亚|Gaziantep|Konya|Kayseri|Adana',
  RU: 'Russia|俄罗斯;Moscow|莫斯科|St Petersburg|Saint Petersburg|圣彼得堡|Vladivostok|海参崴|Novorossiysk|新罗西斯克|Yekaterinburg|叶卡捷琳堡|Novosibirsk|新西伯利亚|Kazan|喀山|Rostov-on-Don|Krasnodar|Chelyabinsk|Omsk|Nizhny Novgorod|Ufa|Krasnoyarsk|Irkutsk|伊尔库茨克|Khabarovsk|哈巴罗夫斯克',
  UA: 'Ukraine|乌克兰;Odessa|Kyiv|Kiev|基辅|Kharkiv|Lviv|利沃夫|Dnipro',
  AE: 'United Arab Emirates|UAE|阿联酋;Jebel Ali|杰贝阿里|Dubai|迪拜|Abu Dhabi|阿布扎比|Sharjah|沙迦|Khalifa Port|Ajman|Ras Al Khaimah|Fujairah',
  SA: 'Saudi Arabia|Saudi|KSA|沙特阿拉伯|沙特;Dammam|达曼|Jeddah|吉达|Riyadh|利雅得|Dammam|King Abdullah Port|Mecca|Makkah|麦加|Medina|Madinah|Khobar|Al Khobar',
  QA: 'Qatar|卡塔尔;Doha|多哈',
  KW: 'Kuwait|科威特;',
  OM: 'Oman|阿曼;Muscat|马斯喀特|Sohar',
  BH: 'Bahrain|巴林;',
  IQ: 'Iraq|伊拉克;Umm Qasr|Basra|巴士拉|Baghdad|巴格达|Erbil|埃尔比勒|Mosul|Sulaymaniyah',
  IR: 'Iran|伊朗;Bandar Abbas|阿巴斯',
  IL: 'Israel|以色列;Haifa|海法|Ashdod|Tel Aviv|特拉维夫|Jerusalem',
  EG: 'Egypt|埃及;Alexandria|亚历山大|Port Said|塞得港|Cairo|开罗|Sokhna|Giza|Damietta|Suez',
  NG: 'Nigeria|尼日利亚;Lagos|拉各斯|Apapa|阿帕帕|Tin Can|Onne|Abuja|阿布贾|Kano|Lekki|莱基|Port Harcourt|哈科特港|Ibadan|伊巴丹|Ikeja|Onitsha|Kaduna',
  GH: 'Ghana|加纳;Tema|特马|Accra|阿克拉|Kumasi|库马西|Takoradi',
  KE: 'Kenya|肯尼亚;Mombasa|蒙巴萨|Nairobi|内罗毕|Kisumu|Nakuru|Eldoret',
  TZ: 'Tanzania|坦桑尼亚;Dar es Salaam|达累斯萨拉姆|Arusha|Dodoma|Mwanza',
  ZA: 'South Africa|南非;Durban|德班|Cape Town|开普敦|Johannesburg|约翰内斯堡|Pretoria|比勒陀利亚|Port Elizabeth|Gqeberha',
  MA: 'Morocco|摩洛哥;Casablanca|卡萨布兰卡|Tangier',
  DZ: 'Algeria|阿尔及利亚;Algiers',
  ET: 'Ethiopia|埃塞俄比亚;Addis Ababa',
  DJ: 'Djibouti|吉布提;',
  CI: "Côte d'Ivoire|Ivory Coast|科特迪瓦;Abidjan|阿比让",
  SN: 'Senegal|塞内加尔;Dakar|达喀尔',
  BR: 'Brazil|Brasil|巴西;Santos|桑托斯|Paranaguá|Paranagua|巴拉那瓜|Itajaí|Itajai|Rio de Janeiro|里约|São Paulo|Sao Paulo|圣保罗|Curitiba|库里蒂巴|Rio Grande|Fortaleza|Manaus|马瑙斯|Navegantes|Belo Horizonte|Porto Alegre|Recife|Brasília|Brasilia|Goiânia|Joinville|Vitória|Suape|Pecém',
  AR: 'Argentina|阿根廷;Buenos Aires|布宜诺斯艾利斯',
  CL: 'Chile|智利;Valparaíso|Valparaiso|瓦尔帕莱索|Santiago|圣地亚哥|Iquique|Antofagasta',
  PE: 'Peru|秘鲁;Callao|卡亚俄|Lima|利马|Arequipa',
  CO: 'Colombia|哥伦比亚;Cartagena|卡塔赫纳|Buenaventura|Bogotá|Bogota|波哥大|Medellín|Medellin|麦德林|Barranquilla',
  MX: 'Mexico|México|墨西哥;Manzanillo|曼萨尼约|Veracruz|Lázaro Cárdenas|Guadalajara|瓜达拉哈拉|Monterrey|蒙特雷|Mexico City|墨西哥城|Puebla|Tijuana|Querétaro|Queretaro|Toluca',
  EC: 'Ecuador|厄瓜多尔;Guayaquil|瓜亚基尔',
  PA: 'Panama|巴拿马;',
  US: 'United States|America|美国;Los Angeles|洛杉矶|Long Beach|长滩|New York|纽约|Savannah|萨凡纳|Houston|休斯顿|Seattle|西雅图|Oakland|奥克兰港|Miami|迈阿密|Chicago|芝加哥|Norfolk|Charleston|Ohio|俄亥俄|California|加州|Texas|德州|Florida|佛罗里达|Illinois|Michigan|Pennsylvania|New Jersey|新泽西|Arizona|Nevada|Oregon|Colorado|Utah|Minnesota|Wisconsin|Indiana|Kentucky|Tennessee|Alabama|Louisiana|Missouri|Iowa|Kansas|Oklahoma|North Carolina|South Carolina|Virginia|Maryland|Massachusetts|Connecticut|Atlanta|亚特兰大|Dallas|达拉斯|Baltimore|巴尔的摩|Boston|波士顿|Philadelphia|费城|San Francisco|旧金山|San Diego|圣地亚哥港|Denver|丹佛|凤凰城|Las Vegas|拉斯维加斯|Reno|Tacoma|Portland|Jacksonville|San Antonio|Indianapolis|Detroit|底特律|Nashville|Memphis|Louisville|Milwaukee|Kansas City|Omaha|Sacramento|Salt Lake City|Tampa|Pittsburgh|Cleveland|Cincinnati|St. Louis|Minneapolis|Brooklyn|Newark|El Paso|Laredo|Honolulu|Fort Worth',
  CA: 'Canada|加拿大;Vancouver|温哥华|Toronto|多伦多|Montreal|蒙特利尔|Prince Rupert|Halifax|Calgary|卡尔加里|Edmonton|埃德蒙顿|Ottawa|渥太华|Winnipeg|Mississauga|Quebec City',
  AU: 'Australia|澳大利亚|澳洲;Melbourne|墨尔本|Sydney|悉尼|Brisbane|布里斯班|Perth|珀斯|Adelaide|阿德莱德|Fremantle|Queensland|昆士兰|Gold Coast|黄金海岸|Canberra|堪培拉|Parramatta|Geelong',
  NZ: 'New Zealand|新西兰;Auckland|Tauranga|惠灵顿|Christchurch|基督城',
  JP: 'Japan|日本;Tokyo|东京|Yokohama|横滨|Osaka|大阪|Kobe|神户|Nagoya|名古屋|Fukuoka|福冈|Hakata|Sapporo|札幌|Kyoto|京都|Sendai|仙台|Hiroshima|广岛|Saitama|埼玉|Chiba|千叶',
  KR: 'Korea|韩国;Busan|釜山|Incheon|仁川|Seoul|首尔|Daegu|大邱|Gwangju|Daejeon|Ulsan|蔚山|Suwon',
  SG: 'Singapore|新加坡;',
  MY: 'Malaysia|马来西亚;Port Klang|巴生|Kuala Lumpur|吉隆坡|Penang|槟城|Johor|柔佛|Pasir Gudang|Tanjung Pelepas|Johor Bahru|新山|Shah Alam|Petaling Jaya|Ipoh|怡保|Kuching|Kota Kinabalu|Malacca|Melaka|马六甲|Seremban|Klang',
  TH: 'Thailand|泰国;Laem Chabang|林查班|Bangkok|曼谷|Chiang Mai|清迈|Lat Krabang|Chonburi|Rayong|Pattaya|Phuket|普吉|Samut Prakan|Nonthaburi|Khon Kaen',
  VN: 'Vietnam|Viet Nam|越南;Ho Chi Minh|胡志明|Haiphong|Hai Phong|海防|Hanoi|河内|Da Nang|岘港|Binh Duong|Cat Lai|Ho Chi Minh City|HCMC|HCM|Saigon|Sài Gòn|Hồ Chí Minh|Can Tho|Biên Hòa|Bien Hoa|Dong Nai|Bac Ninh|Hai Duong|Quy Nhon|Vung Tau',
  ID: 'Indonesia|印尼|印度尼西亚;Jakarta|雅加达|Surabaya|泗水|Belawan|Semarang|三宝垄|Medan|棉兰|Bandung|万隆|Tangerang|Bekasi|Makassar|Batam|巴淡|Denpasar|Bali|巴厘岛|Palembang',
  PH: 'Philippines|菲律宾;Manila|马尼拉|Cebu|宿务|Davao|达沃|Quezon City|Makati|Subic|Batangas',
  IN: 'India|印度;Nhava Sheva|Mumbai|孟买|Chennai|金奈|Mundra|Delhi|德里|Kolkata|加尔各答|Bangalore|Bengaluru|班加罗尔|Hyderabad|海得拉巴|Ahmedabad|艾哈迈达巴德|Kandla|Tuticorin|Cochin|Kochi|Pune|浦那|New Delhi|新德里|Surat|苏拉特|Jaipur|斋浦尔|Lucknow|Ludhiana|Coimbatore|Visakhapatnam|Noida|Gurgaon|Gurugram|Nagpur|Indore',
  PK: 'Pakistan|巴基斯坦;Karachi|卡拉奇|Lahore|拉合尔|Port Qasim|卡西姆港|Islamabad|伊斯兰堡|Faisalabad|Sialkot|锡亚尔科特|Rawalpindi|Multan|Peshawar|Gujranwala',
  BD: 'Bangladesh|孟加拉;Chittagong|吉大港|Dhaka|达卡|Gazipur|Narayanganj',
  LK: 'Sri Lanka|斯里兰卡;Colombo|科伦坡',
  HK: ';Hong Kong|香港|九龙|新界|旺角|葵涌|葵青|观塘|荃湾|沙田|尖沙咀|铜锣湾|屯门|元朗|深水埗|长沙湾|油麻地|中环|湾仔|将军澳|大埔|柴湾|黄大仙|Kowloon|Kwai Chung|Mong Kok|Tsuen Wan|Sha Tin|Tuen Mun|Yuen Long|Kwun Tong|Causeway Bay|Tsim Sha Tsui|Lai Chi Kok|荔枝角|上环|西环|北角|鲗鱼涌|土瓜湾|红磡|何文田|九龙湾|牛头角|秀茂坪|新蒲岗|钻石山|慈云山|石硖尾|大角咀|佐敦|粉岭|天水围|东涌|香港仔|鸭脷洲|黄竹坑|薄扶林|跑马地|筲箕湾|Sheung Wan|North Point|Quarry Bay|Hung Hom|Kowloon Bay|Kwai Fong|Tsing Yi|Fo Tan|Tai Po|Fanling|Sheung Shui|Tin Shui Wai|Tung Chung|Wong Chuk Hang|Chai Wan|Sai Kung',
  MO: 'Macau|Macao|澳门;',
  TW: 'Taiwan|台湾;Kaohsiung|高雄|台北|新北|台中|台南|桃园|新竹|基隆|Taipei|Taichung|Tainan|Taoyuan|Keelung|臺北|台北市|新北市|嘉义|彰化|屏东|宜兰|花莲|台东|苗栗|云林|南投|Hsinchu|Changhua|Hualien|Chiayi|Pingtung|Yilan|Miaoli',
  CN: '中国|国内;北京|上海|广州|深圳|杭州|宁波|义乌|嘉兴|成都|重庆|武汉|南京|苏州|天津|西安|郑州|长沙|青岛|厦门|福州|东莞|佛山|温州|合肥|济南|沈阳|大连|哈尔滨|昆明|南宁|南昌|石家庄|太原|贵阳|兰州|乌鲁木齐|无锡|常州|绍兴|台州|金华|泉州|中山|珠海|惠州|汕头|烟台|潍坊|徐州|南通|扬州|保定|唐山|洛阳|龙华|宝安|萧山|余杭|昆山|江门|揭阳|晋江|石狮|莆田|临沂|Shanghai|Ningbo|Shenzhen|Guangzhou|Xiamen|Qingdao|Tianjin|Yiwu|Dalian|内蒙古|呼和浩特|乌鲁木齐|拉萨|西宁|银川|海口|三亚|长春|吉林|秦皇岛|连云港|营口|湛江|防城港|钦州|义乌市',
  TG: 'Togo|多哥;Lomé|Lome|洛美',
  BJ: 'Benin|贝宁;Cotonou|科托努',
  CM: 'Cameroon|喀麦隆;Douala|杜阿拉|Yaoundé|Yaounde|雅温得',
  AO: 'Angola|安哥拉;Luanda|罗安达|Lobito',
  MZ: 'Mozambique|莫桑比克;Maputo|马普托|Beira|Nacala',
  UG: 'Uganda|乌干达;Kampala|坎帕拉',
  RW: 'Rwanda|卢旺达;Kigali|基加利',
  ZM: 'Zambia|赞比亚;Lusaka|卢萨卡',
  ZW: 'Zimbabwe|津巴布韦;Harare|哈拉雷',
  SD: 'Sudan|苏丹;Port Sudan|苏丹港|Khartoum|喀土穆',
  LY: 'Libya|利比亚;Tripoli|的黎波里|Benghazi|班加西|Misrata',
  TN: 'Tunisia|突尼斯;Tunis|Sfax|斯法克斯|Rades',
  LB: 'Lebanon|黎巴嫩;Beirut|贝鲁特',
  JO: '约旦;Aqaba|亚喀巴|Amman|安曼',
  SY: 'Syria|叙利亚;Latakia|拉塔基亚|Damascus|大马士革',
  YE: 'Yemen|也门;Hodeidah|荷台达',
  AF: 'Afghanistan|阿富汗;Kabul|喀布尔',
  NP: 'Nepal|尼泊尔;Kathmandu|加德满都',
  MM: 'Myanmar|Burma|缅甸;Yangon|Rangoon|仰光',
  KH: 'Cambodia|柬埔寨;Phnom Penh|Sihanoukville|西哈努克港',
  LA: 'Laos|老挝;Vientiane',
  MN: 'Mongolia|蒙古国;Ulaanbaatar|Ulan Bator|乌兰巴托',
  KZ: 'Kazakhstan|哈萨克斯坦;Almaty|阿拉木图|Astana|阿斯塔纳|Khorgos|霍尔果斯口岸|Shymkent|Karaganda',
  UZ: 'Uzbekistan|乌兹别克斯坦;Tashkent|塔什干|Samarkand|撒马尔罕',
  KG: 'Kyrgyzstan|吉尔吉斯斯坦;Bishkek|比什凯克',
  AZ: 'Azerbaijan|阿塞拜疆;Baku|巴库',
  AM: 'Armenia|亚美尼亚;Yerevan|埃里温',
  BY: 'Belarus|白俄罗斯;Minsk|明斯克',
  LT: 'Lithuania|立陶宛;Klaipeda|Klaipėda|克莱佩达|Vilnius|维尔纽斯',
  LV: 'Latvia|拉脱维亚;Riga',
  EE: 'Estonia|爱沙尼亚;Tallinn|塔林',
  SK: 'Slovakia|斯洛伐克;Bratislava|布拉迪斯拉发',
  SI: 'Slovenia|斯洛文尼亚;Koper|科佩尔|Ljubljana|卢布尔雅那',
  HR: 'Croatia|克罗地亚;Rijeka|里耶卡|Zagreb|萨格勒布',
  RS: 'Serbia|塞尔维亚;Belgrade|贝尔格莱德',
  BG: 'Bulgaria|保加利亚;Varna|瓦尔纳|Burgas|布尔加斯|索非亚',
  CY: 'Cyprus|塞浦路斯;Limassol|利马索尔|Nicosia',
  MT: 'Malta|马耳他;Marsaxlokk|Valletta',
  IS: 'Iceland|冰岛;Reykjavik',
  LU: 'Luxembourg|卢森堡;',
  UY: 'Uruguay|乌拉圭;Montevideo|蒙得维的亚',
  PY: 'Paraguay|巴拉圭;Asunción|Asuncion|亚松森',
  BO: 'Bolivia|玻利维亚;La Paz|Santa Cruz de la Sierra',
  VE: 'Venezuela|委内瑞拉;Puerto Cabello|La Guaira|Caracas|加拉加斯',
  CR: 'Costa Rica|哥斯达黎加;Puerto Limón|Puerto Limon|San José',
  GT: 'Guatemala|危地马拉;Puerto Quetzal|Santo Tomás de Castilla',
  HN: 'Honduras|洪都拉斯;Puerto Cortés|Puerto Cortes|Tegucigalpa',
  SV: 'El Salvador|萨尔瓦多;Acajutla',
  NI: 'Nicaragua|尼加拉瓜;Managua',
  DO: 'Dominican Republic|多米尼加;Santo Domingo|圣多明各|Caucedo|Rio Haina',
  CU: 'Cuba|古巴;Havana|哈瓦那|Mariel',
  JM: 'Jamaica|牙买加;Kingston',
  PR: 'Puerto Rico|波多黎各;San Juan',
  TT: 'Trinidad and Tobago|Trinidad|特立尼达;Port of Spain',
  HT: 'Haiti;Port-au-Prince',
  FJ: 'Fiji|斐济;Suva',
  PG: 'Papua New Guinea|巴布亚新几内亚;Port Moresby|Lae',
  MV: 'Maldives|马尔代夫;',
  MU: 'Mauritius|毛里求斯;Port Louis|路易港',
  MG: 'Madagascar|马达加斯加;Toamasina|Tamatave|Antananarivo',
  NA: 'Namibia|纳米比亚;Walvis Bay|沃尔维斯湾|Windhoek',
  BW: 'Botswana|博茨瓦纳;Gaborone',
  CD: 'DR Congo|DRC|Democratic Republic of the Congo|刚果金;Matadi|Kinshasa|金沙萨|Lubumbashi',
  CG: 'Republic of the Congo|刚果布;Pointe-Noire|Brazzaville',
  GA: 'Gabon|加蓬;Libreville|Owendo',
  GN: 'Guinea|几内亚;Conakry|科纳克里',
  ML: 'Mali;Bamako|巴马科',
  BF: 'Burkina Faso|布基纳法索;Ouagadougou',
  NE: 'Niger|尼日尔;Niamey',
  SL: 'Sierra Leone|塞拉利昂;Freetown|弗里敦',
  LR: 'Liberia|利比里亚;Monrovia|蒙罗维亚',
  GM: 'Gambia|冈比亚;Banjul',
  MR: 'Mauritania|毛里塔尼亚;Nouakchott|努瓦克肖特',
  SO: 'Somalia|索马里;Mogadishu|Berbera',
  ER: 'Eritrea|厄立特里亚;Massawa',
  BN: 'Brunei|文莱;Muara|Bandar Seri Begawan',
};

/** Upper-case codes for countries, read only before no plug/standard word. */
export const COUNTRY_CODES: Record<string, string> = {
  USA: 'US',
  US: 'US;',
  'U.S.': 'US',
  'U.S.A.': 'US',
  'U.S.A': 'US',
  'U.S': 'US',
  UK: 'GB;',
  UAE: 'AE',
  KSA: 'SA',
};

// Destination vocabulary, read by rules/incoterm-destination.ts: the words
// right before a place say whether the goods go there, leave from there,
// pass through it, or only say where someone is.

/** A place right after one of these is where the goods go. */
export const DEST_CUES = terms(`
  发到 | 发往 | 发去 | 发 | 运到 | 运往 | 送到 | 送去 | 送往 | 送 | 寄到 | 寄往 | 到 | 抵达 | 进口到 | 出口到 | 卖到
  目的港 | 目的地 | 卸货港 | 最终目的地 | 收货港 | 到港 | 交货地点 | 交货地址 | 送货地址 | 收货地址 | 到货地点 | 交货地
  ship to | shipped to | shipping to | ship it to | ship them to | ship the goods to | ship goods to | send to | send it to | send them to
  deliver to | delivered to | delivery to | deliver it to | deliver them to | delivery in | delivery at | go to | goes to | going to
  to | into | at | in | reach | reaches | arrive in | arrive at | arrives in | arrives at | arrived in | arriving in | land in | lands in | landed in
  destination | destination is | destination port | destination port is | final destination | final destination is
  port of discharge | port of destination | discharge port | discharge port is | POD | delivery address | delivery place | delivery location
  place of delivery | delivered at | delivered in | consignee in
`);
/** Where a site or an address is ("地址在昆山", "工地在合肥"): a place after one is a weak destination, stronger than "在" alone. */
export const ADDRESS_CUES = terms(`
  地址在 | 地址是 | 送货地址在 | 收货地址在 | 交货地点在 | 交货在 | 工地在 | 现场在 | 项目在 | 仓库在 | 卸货在
`);
/** Delivery acts: a place opening the clause right after one is where the goods go ("送到工地，合肥高新区那边"). */
export const DELIVERY_VERBS = terms(`
  送到 | 送去 | 送往 | 发到 | 发去 | 运到 | 寄到 | 送货到 | 配送到 | 直接送 | 送货上门
  deliver to | delivered to | ship to | shipped to | send to | delivery to
`);
/** A form field whose value is the delivery place ("交货地点：…"). */
export const DEST_FIELDS = terms(`
  交货地点 | 交货地址 | 送货地址 | 收货地址 | 到货地点 | 目的地 | 目的港 | 卸货港
  delivery address | delivery place | delivery location | destination | destination port | port of discharge | POD | final destination
`);
/** A place right after one of these is where the goods leave from. */
export const ORIGIN_CUES = terms(`
  FOB | EXW | FCA | ship from | shipped from | shipping from | from port | loading port | port of loading | POL | factory in | warehouse in China
  发货地 | 从 | 出发 | 起运 | 起运港 | 装货港 | 工厂在 | 我们在 | 装港
`);
/** Said before a place the goods only pass through: never the destination. */
export const TRANSIT_CUES = terms(`
  via | transit | in transit | transshipment | transshipment in | transshipment at | transhipment | transhipment in | transit in | transit at | through
  connecting in | hub in | hub at | routed through | 中转 | 经 | 途经 | 转运 | 经过 | 转口 | 转船
`);
/** Said before a place where someone is (the buyer's origin): a weak destination at most. */
export const WHERE_SOMEONE_IS = terms(`
  客户在 | 公司在 | 办公室在 | 总部在 | 我在 | 人在 | 住在 | 来自 | 在 | 公司地址在 | 公司地址是 | 办公室地址在 | 注册地址在 | 注册地址是
  customer in | customers in | client in | clients in | customer from | customers from | client from | clients from | from
  I am from | I'm from | we are from | we're from | based in | we are based in | we're based in | located in | our office in | office is in
  our office is in | head office in | headquarters in | headquartered in | we are in | I am in | I'm in | living in | company in | our company is in
`);
/** Right after a place: it names the buyer's market, not a delivery. */
export const MARKET_AFTER = terms(
  `的客户 | 客户 | 市场 | 的市场 | customer | customers | client | clients | market | buyer | buyers`,
);
/** Right after a place: the goods' arrival point ("汉堡港", "Reno warehouse"). */
export const ARRIVAL_AFTER = terms(`港 | 仓库 | 仓 | port | warehouse | 港口 | terminal | DC`);

/** Incoterms as "spelling = term" (contract names; the rarer terms read as their nearest one). Latin ones take a place after them. */
export const INCOTERMS = mapping(`
  EXW | 出厂价 | 工厂交货 = EXW
  FCA = FCA
  FOB | FAS | 离岸价 | 船上交货 = FOB
  CFR | CNF | C&F | C and F | CandF | CPT = CFR
  CIF | CIP | 到岸价 = CIF
  DAP | DPU | DDU = DAP
  DDP | 完税后交货 | 双清包税 | 包税到门 | 双清到门 = DDP
`);
