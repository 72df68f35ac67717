// A need's value in words for the package ("by 2026-12-20", "5000 pcs", "T/T 30% deposit").

type V = Record<string, unknown>;

export function describeNeed(kind: string, value: unknown, lang: 'zh' | 'en'): string {
  const v = (value ?? {}) as V;
  const zh = lang === 'zh';
  switch (kind) {
    case 'delivery_date': {
      const c =
        v.constraint === 'on'
          ? zh
            ? '当天'
            : 'on'
          : v.constraint === 'after'
            ? zh
              ? '之后'
              : 'after'
            : zh
              ? '之前'
              : 'by';
      return zh ? `${String(v.date)} ${c}` : `${c} ${String(v.date)}`;
    }
    case 'lead_time':
      return zh ? `${String(v.days)} 天` : `${String(v.days)} days`;
    case 'quantity':
      return `${String(v.value)} ${String(v.unit)}${v.details ? ` (${String(v.details)})` : ''}`;
    case 'product':
      return String(v.name);
    case 'logo':
      return `${v.required ? (zh ? '需要' : 'required') : zh ? '不需要' : 'not required'}${v.details ? `: ${String(v.details)}` : ''}`;
    case 'packaging':
      return `${String(v.style)}${v.details ? `: ${String(v.details)}` : ''}`;
    case 'payment_terms': {
      const parts = [
        v.method,
        v.deposit_percent !== undefined ? `${String(v.deposit_percent)}% ${zh ? '定金' : 'deposit'}` : undefined,
        v.days !== undefined ? `${String(v.days)} ${zh ? '天' : 'days'}` : undefined,
        v.details,
      ].filter((x) => x !== undefined && x !== '');
      return parts.map(String).join(', ');
    }
    case 'incoterm':
      return `${String(v.term)}${v.place ? ` ${String(v.place)}` : ''}`;
    case 'destination':
      return [v.port, v.country].filter(Boolean).map(String).join(', ');
    case 'spec':
      return `${String(v.attribute)}: ${String(v.value)}`;
    case 'certification':
      return String(v.name);
    case 'price_target':
      return `${String(v.amount)} ${String(v.currency)}${v.unit ? `/${String(v.unit)}` : ''}`;
    case 'sample':
      return v.required ? (zh ? '需要样品' : 'sample required') : zh ? '不需要样品' : 'no sample';
    case 'caution':
      return String(v.text);
    default:
      return JSON.stringify(value);
  }
}
