// Text preparation for WhatsApp: its own light formatting (*bold*, _italic_, ~strike~) instead of
// markdown, and a 4096-character cap per text message.

/** WhatsApp's limit on text.body, in characters. */
export const WHATSAPP_MAX_TEXT_CHARS = 4096;

/** Convert the simple markdown Baton writes into WhatsApp formatting; everything else stays as is. */
export function markdownToWhatsapp(md: string): string {
  const BOLD = '\u0000';
  return md
    .replace(/^#{1,6}\s+(.+?)\s*#*$/gm, `${BOLD}$1${BOLD}`) // headings → bold line
    .replace(/\*\*(.+?)\*\*/g, `${BOLD}$1${BOLD}`)
    .replace(/__(.+?)__/g, `${BOLD}$1${BOLD}`)
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?![*\w])/g, '$1_$2_') // markdown *italic* → _italic_
    .replace(/~~(.+?)~~/g, '~$1~')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replaceAll(BOLD, '*');
}

/** Split into parts of at most `max` UTF-16 units, preferring line breaks, then spaces. */
export function splitForWhatsapp(text: string, max = WHATSAPP_MAX_TEXT_CHARS): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = max;
    // Do not cut a surrogate pair in half.
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
