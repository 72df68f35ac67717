// Markdown → WhatsApp formatting and the per-message cap. A copy of the Cloud adapter's
// helper on purpose: adapters never import each other.

export const WHATSAPP_MAX_TEXT_CHARS = 4096;

export function markdownToWhatsapp(md: string): string {
  const BOLD = '\u0000';
  return md
    .replace(/^#{1,6}\s+(.+?)\s*#*$/gm, `${BOLD}$1${BOLD}`)
    .replace(/\*\*(.+?)\*\*/g, `${BOLD}$1${BOLD}`)
    .replace(/__(.+?)__/g, `${BOLD}$1${BOLD}`)
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?![*\w])/g, '$1_$2_')
    .replace(/~~(.+?)~~/g, '~$1~')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replaceAll(BOLD, '*');
}

export function splitText(text: string, max = WHATSAPP_MAX_TEXT_CHARS): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = max;
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut--;
    const window = rest.slice(0, cut);
    const nl = window.lastIndexOf('\n');
    const sp = window.lastIndexOf(' ');
    if (nl >= cut / 2) cut = nl + 1;
    else if (sp >= cut / 2) cut = sp + 1;
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut);
  }
  if (rest.trim()) parts.push(rest.trimEnd());
  return parts;
}
