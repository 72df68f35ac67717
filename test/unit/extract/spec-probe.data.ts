// Spec probe data (issue 14): fresh sentences of our own across languages and
// product types, none taken from an eval set, with the specs each states,
// written by hand. The last block states none: a question, a past order, a negation.
export type Spec = { attribute: string; value: string };
const s = (attribute: string, value: string): Spec => ({ attribute, value });

/** [sentence, the specs it states] */
export const PROBE: [string, Spec[]][] = [
  // units that name their attribute, English
  ['The power bank must be 10000mAh with USB-C output.', [s('capacity', '10000mAh')]],
  ['We need the fans at 110V for the Canadian market.', [s('voltage', '110V')]],
  ['Each heater is 2000W.', [s('other', '2000W')]],
  ['Floodlights should be IP66 rated.', [s('other', 'IP66')]],
  ['Warm light, 3000K, for the corridor lamps.', [s('other', '3000K')]],
  ['Charging cable 2m long, braided.', [s('size', '2m')]],
  ['Flask volume 750ml please.', [s('capacity', '750ml')]],
  ['Printed on 300gsm art card.', [s('other', '300gsm')]],
  ['Cushion covers 45 x 45 cm, zipper hidden.', [s('size', '45 x 45 cm')]],
  ['The acrylic sheet is 3mm thick.', [s('other', '3mm')]],
  ['Monitors in 27 inch only.', [s('size', '27 inch')]],
  ['Input 100-240V, EU plug.', [s('voltage', '100-240V'), s('plug', 'EU')]],
  ['Battery 48V 20Ah for the e-bike.', [s('voltage', '48V'), s('capacity', '20Ah')]],
  ['Jerry cans of 20 litres.', [s('capacity', '20litres')]],
  ['The extension cord should be 5 meters.', [s('size', '5 meters')]],
  ['Tablet screen 10.1" please.', [s('size', '10.1"')]],
  // attribute words with a value, English
  ['Material: 304 stainless steel, colour: silver.', [s('material', '304 stainless steel'), s('color', 'silver')]],
  ['Thickness 0.8mm for the door panels.', [s('other', '0.8mm')]],
  ['Colours: black, white and grey.', [s('color', 'black, white and grey')]],
  ['Weight should be around 1.5kg per unit.', [s('other', '1.5kg')]],
  ['Size range S to XXL for the polo shirts.', [s('size', 'S-XXL')]],
  // Chinese attribute words and units
  ['功率要1200W的', [s('other', '功率1200W')]],
  ['电压220V，英规插头', [s('voltage', '220V'), s('plug', 'UK')]],
  ['规格：30×20×10cm', [s('size', '30×20×10cm')]],
  ['厚度3毫米，材质是亚克力', [s('other', '厚度3毫米'), s('material', '亚克力')]],
  ['颜色要深蓝色', [s('color', '深蓝色')]],
  ['容量500毫升的保温杯', [s('capacity', '500毫升')]],
  ['电池5000毫安', [s('capacity', '5000毫安')]],
  ['尺寸误差±2mm以内', [s('other', '±2mm')]],
  ['屏幕15.6寸', [s('size', '15.6寸')]],
  ['做成60×90cm的尺寸', [s('size', '60×90cm')]],
  ['颜色黑色、白色、灰色各一半', [s('color', '黑色、白色、灰色')]],
  ['材质要纯铜的', [s('material', '纯铜')]],
  ['防水等级IP67', [s('other', 'IP67')]],
  // Traditional Chinese and Cantonese: rules read the Simplified reading text (the
  // pipeline gives the original characters back as evidence and value)
  ['顏色要酒紅色', [s('color', '酒红色')]],
  ['規格：50×40cm，材質要304不鏽鋼', [s('size', '50×40cm'), s('material', '304不锈钢')]],
  ['厚度要2.5毫米', [s('other', '厚度2.5毫米')]],
  ['功率要800W嘅', [s('other', '功率800W')]],
  ['我哋要白色嘅', [s('color', '白色')]],
  ['電壓110V，美規插頭', [s('voltage', '110V'), s('plug', 'US')]],
  ['尺寸要45x30cm', [s('size', '45x30cm')]],
  // mixed
  ['我们要12V的，colour black', [s('voltage', '12V'), s('color', 'black')]],
  ['size 200x150cm，面料要纯棉', [s('size', '200x150cm'), s('material', '纯棉')]],
  // no spec: a question, a past order, a negation
  ['What voltage do you need?', []],
  ['你们要什么颜色？', []],
  ['Last time we ordered the 220V version.', []],
  ['上次做的是红色', []],
  ['不要黑色', []],
  ['No need for 5000mAh, any battery is fine.', []],
  ['Would you like 220V or 110V?', []],
  ['需要多厚？', []],
];
