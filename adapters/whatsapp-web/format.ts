// Markdown → WhatsApp formatting and the per-message cap. A copy of the Cloud adapter's
// helper on purpose: adapters never import each other (the splitter is shared, in src/core).

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
