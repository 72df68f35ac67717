// The bot's chat markdown as HTML for the console: escape everything first, then turn **bold**,
// `code`, [text](https://…) and bare https:// links into tags. The page embeds this very function
// (Function.prototype.toString), so the test of it is the test of what the browser runs.
export function chatMarkdownToHtml(text: string): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const link = (href: string, label: string) =>
    '<a href="' + href + '" target="_blank" rel="noopener noreferrer">' + label + '</a>';
  let out = esc(text);
  out = out.replace(/`([^`\n]+)`/g, '<code>$1</code>');
  out = out.replace(/\*\*([^*\n]+)\*\*/g, '<b>$1</b>');
  // [label](url) first, then bare URLs not already inside an href.
  out = out.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_m, l: string, u: string) => link(u, l));
  out = out.replace(
    /(^|[\s(（「“])(https?:\/\/[^\s<]+[^\s<.,;:!?)）」”。，；])/g,
    (_m, pre: string, u: string) => pre + link(u, u),
  );
  return out;
}
