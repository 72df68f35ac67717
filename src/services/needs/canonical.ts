// A key-order-insensitive text form of a jsonb value: equality of need values and
// stable dedupe keys for notices.
export function canonicalValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalValue).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalValue(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
