// Order events said in chat, in Chinese or English:
//   /order ACME confirmed · /order ACME shipped [tracking…] · /order ACME delivered
//   ACME 确认下单了 · ACME confirmed the order · ACME 已发货（海运）· ACME shipped by air · ACME 已收货
// Pure: the customer is returned as the words used; the caller resolves it.

export type OrderEventKind = 'confirmed' | 'shipped' | 'delivered';
export type ShipMode = 'sea' | 'air' | 'courier';

export interface OrderEventCommand {
  kind: OrderEventKind;
  customer: string;
  tracking?: string;
  mode?: ShipMode;
  /** Typed as `/order …` (a usage error is answered) rather than said in words. */
  slash: boolean;
}

export type ParsedOrderCommand = OrderEventCommand | { kind: 'usage' };

const MODES: [RegExp, ShipMode][] = [
  [/海运|by sea|\bsea\b|\bocean\b|船运|集装箱/i, 'sea'],
  [/空运|by air|\bair\b|航空/i, 'air'],
  [/快递|courier|express|\bdhl\b|\bfedex\b|\bups\b|\btnt\b|顺丰|ems/i, 'courier'],
];

export function shipModeOf(text: string): ShipMode | undefined {
  return MODES.find(([re]) => re.test(text))?.[1];
}

/** "tracking 1Z999", "单号 SF123", "运单号：…", or a bare code after "shipped". */
function trackingOf(text: string): string | undefined {
  const m = /(?:tracking(?:\s*(?:no\.?|number|#))?|单号|运单号|提单号|b\/l|bl)\s*[:：#]?\s*([A-Za-z0-9-]{4,})/i.exec(
    text,
  );
  if (m) return m[1];
  const bare = /\b([A-Z]{2,4}\d{6,}[A-Z0-9]*|\d{10,})\b/.exec(text);
  return bare?.[1];
}

const SLASH_KINDS: [RegExp, OrderEventKind][] = [
  [/^(?:confirmed|confirm|确认|确认下单|下单)$/i, 'confirmed'],
  [/^(?:shipped|ship|发货|已发货)$/i, 'shipped'],
  [/^(?:delivered|deliver|收货|已收货|签收)$/i, 'delivered'],
];

function parseSlash(body: string): ParsedOrderCommand {
  const words = body.trim().split(/\s+/).filter(Boolean);
  // The customer may have spaces ("ACME Trading"): the event word is the first one that names an event.
  const at = words.findIndex((w, i) => i > 0 && SLASH_KINDS.some(([re]) => re.test(w)));
  if (at < 1) return { kind: 'usage' };
  const kind = SLASH_KINDS.find(([re]) => re.test(words[at]!))![1];
  const customer = words.slice(0, at).join(' ');
  const rest = words.slice(at + 1).join(' ');
  const cmd: OrderEventCommand = { kind, customer, slash: true };
  if (kind === 'shipped') {
    const mode = shipModeOf(rest);
    if (mode) cmd.mode = mode;
    const tracking = trackingOf(rest) ?? rest.split(/\s+/).find((w) => /\d{4,}/.test(w));
    if (tracking) cmd.tracking = tracking;
  }
  return cmd;
}

// Said in words: "<customer> <event>", the customer first. The event phrases are
// specific enough that an ordinary question about a customer does not match.
const ZH: [RegExp, OrderEventKind][] = [
  [/^(.{2,40}?)\s*(?:已经|已)?(?:确认下单|下单确认|确认订单|正式下单|下单)了?[。.!！]?$/, 'confirmed'],
  [/^(.{2,40}?)\s*(?:的货|订单)?\s*(?:已经|已)发货了?(.*)$/, 'shipped'],
  [/^(.{2,40}?)\s*(?:的货|订单)?\s*(?:已经|已)(?:收货|收到货|签收)了?[。.!！]?$/, 'delivered'],
];
const EN: [RegExp, OrderEventKind][] = [
  [/^(.{2,40}?)\s+(?:has\s+)?confirmed\s+(?:the|their|its|an?)\s+order[.!]?$/i, 'confirmed'],
  [/^(.{2,40}?)\s+(?:order\s+)?(?:has\s+been\s+|was\s+|is\s+)?shipped\b(.*)$/i, 'shipped'],
  [
    /^(.{2,40}?)\s+(?:order\s+)?(?:has\s+been\s+|was\s+|is\s+)?(?:delivered|received\s+(?:the|their)\s+goods)[.!]?$/i,
    'delivered',
  ],
];

export function parseOrderCommand(input: string): ParsedOrderCommand | undefined {
  const text = input.trim();
  if (!text || text.includes('\n') || text.length > 160) return undefined;
  const slash = /^[/／]\s*(?:order|订单)\b\s*(.*)$/is.exec(text) ?? /^[/／]\s*订单\s*(.*)$/s.exec(text);
  if (slash) return slash[1]!.trim() ? parseSlash(slash[1]!) : { kind: 'usage' };
  for (const [re, kind] of [...ZH, ...EN]) {
    const m = re.exec(text);
    if (!m) continue;
    const customer = m[1]!.trim().replace(/[,，:：]$/, '');
    if (!customer || /[?？]/.test(text)) return undefined;
    const cmd: OrderEventCommand = { kind, customer, slash: false };
    if (kind === 'shipped') {
      const rest = m[2] ?? '';
      const mode = shipModeOf(rest);
      if (mode) cmd.mode = mode;
      const tracking = trackingOf(rest);
      if (tracking) cmd.tracking = tracking;
    }
    return cmd;
  }
  return undefined;
}
