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
