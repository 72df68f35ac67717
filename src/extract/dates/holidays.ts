// Words chats use for holidays as deadlines; the dates themselves come from the
// shared time module (src/core/time/holidays.ts, lunar festivals included).
import type { HolidayName } from '../../core/time/holidays.js';

export { nextHoliday, type HolidayName } from '../../core/time/holidays.js';
export { lunarToSolar } from '../../core/time/lunar.js';

/** Words for each holiday, zh and en; longest alternatives first. */
export const HOLIDAY_WORDS: [RegExp, HolidayName][] = [
  [/圣诞节?|平安夜|\bX-?mas\b|\bChristmas\b/i, 'christmas'],
  [
    /春节|过年|农历新年|大年初一|年前|\bChinese New Year\b|\bCNY\b|\bLunar New Year\b|\bSpring Festival\b/i,
    'chinese-new-year',
  ],
  [/元旦|(?<!Chinese |Lunar )\bNew Year(?:'s)?(?: Day)?\b/i, 'new-year'],
  [/国庆节?|十一长假|\bNational Day\b|\bGolden Week\b/i, 'national-day'],
  [/五一|劳动节|\bLabou?r Day\b|\bMay Day\b/i, 'labour-day'],
  [/中秋节?|\bMid-?Autumn\b/i, 'mid-autumn'],
  [/端午节?|\bDragon Boat\b/i, 'dragon-boat'],
  [/元宵节?|\bLantern Festival\b/i, 'lantern'],
  [/感恩节|\bThanksgiving\b/i, 'thanksgiving'],
  [/黑五|黑色星期五|\bBlack Friday\b/i, 'black-friday'],
  [/双十一|双11|\bSingles'? Day\b/i, 'singles-day'],
  [/情人节|\bValentine'?s?(?: Day)?\b/i, 'valentine'],
  [/万圣节|\bHalloween\b/i, 'halloween'],
  [/(?<!\d{4}\s*年\s*的?\s*)(?:除夕|大年三十)|\bChinese New Year'?s Eve\b/i, 'chinese-new-years-eve'],
  [/妇女节|三八节|\bWomen'?s Day\b/i, 'womens-day'],
  [/儿童节|六一|\bChildren'?s Day\b/i, 'childrens-day'],
  [/母亲节|\bMother'?s Day\b/i, 'mothers-day'],
  [/父亲节|\bFather'?s Day\b/i, 'fathers-day'],
  [/七夕/, 'qixi'],
  [/重阳节?/, 'double-ninth'],
  [/腊八节?/, 'laba'],
  [/小年(?!夜饭)/, 'little-new-year'],
  [/清明节?|\bQingming\b/i, 'qingming'],
];
