// What every format parser produces before roles and time zones are applied.
import type { LocalDateTime } from '../dates/calendar.js';

export interface RawMessage {
  speaker?: string;
  /** Wall-clock time as written in the transcript (business time zone). */
  local?: LocalDateTime;
  text: string;
}

/** Leading direction marks that WhatsApp (iOS) and some copies insert. */
export function stripMarks(line: string): string {
  return line.replace(/^[\u200e\u200f\u202a-\u202e\ufeff]+/, '');
}

/** Join a message's lines, dropping blank lines at either end. */
export function joinLines(lines: string[]): string {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines
    .slice(a, b)
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n');
}

// A form's FIELD: VALUE line ("一、产品名称：…", "1. 数量：500台", "Quantity: 500") is
// not a speaker: numbered names and known field labels are rejected.
const NUMBERED =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|\(?\d{1,2}\s*[).、．]|（\d{1,2}）|[①-⑳]|第[一二三四五六七八九十\d]+[条项])/;
const FIELD_LABEL =
  /^(?:产品名称|产品|名称|品名|货物名称|货物|规格型号|规格|型号|尺寸|数量|采购数量|材质|材料|压力等级|公称压力|连接方式|执行标准|标准|交货期|交货时间|交货日期|交期|交货地点|交货地址|送货地址|收货地址|付款方式|付款条件|结算方式|报价要求|报价截止(?:时间|日期)?|报价方式|质保期|质保|包装要求|包装|认证要求|认证|联系人|联系电话|电话|手机|邮箱|地址|备注|价格|单价|总价|颜色|用途|其他要求|其他|要求|项目名称|项目|询价单位|采购单位|日期|致|主题|目标价格?|交货港口|目的港|贸易条款|贸易方式|运输方式|质量要求|技术要求|技术参数|参数|用途|保修|起订量|发货时间|到货时间|报价有效期|有效期|供应商|采购方|甲方|乙方|发件人|收件人|公司名称|公司|姓名|称呼|target price|required quantity|port of (?:destination|discharge|loading)|delivery port|trade terms?|shipping|shipment|packing details|inquiry|requirements?|application|usage|warranty|moq|specifications|company|name|contact|website|product(?: name)?|item|description|quantity|qty|size|specs?|specification|material|price|unit price|payment(?: terms)?|delivery(?: time| date| terms| address)?|lead time|packing|packaging|colou?r|model|e-?mail|tel|phone|mobile|address|subject|date|port|destination|remarks?|notes?|certifications?|incoterms?|terms|brand|logo|voltage|plug|capacity|power|origin|samples?|attn|re|to|from|cc)$/i;
const NAME_BAD = /[,，。!！?？;；"“”()（）\[\]<>{}|@#$%^&*=+~`]|https?$|^\d+$/;

/** `NAME: text` / `NAME：text` with a plausible speaker name, else undefined. */
export function splitNameLine(line: string): { name: string; text: string } | undefined {
  const m = /^([^:：\n]{1,32}?)\s*[:：]\s?(.*)$/.exec(line);
  if (!m) return undefined;
  const name = m[1]!.trim();
  // a name may end on a place or role in brackets: "陳經理（台北）", "Zhang (Sales)"
  const bare = name.replace(/\s*[(（][^()（）]{1,12}[)）]$/, '');
  if (!bare || NAME_BAD.test(bare) || name.split(/\s+/).length > 4) return undefined;
  if (NUMBERED.test(name) || FIELD_LABEL.test(name)) return undefined;
  if (/^\/\//.test(m[2]!)) return undefined; // a URL, not a speaker
  return { name, text: m[2]! };
}

export function twoDigitYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}
