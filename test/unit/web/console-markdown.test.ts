// The console's markdown: escaped first, so a message can never inject markup; bold, code and links render.
import { describe, expect, it } from 'vitest';
import { chatMarkdownToHtml } from '../../../src/http/console/markdown.js';
import { CONSOLE_PAGE } from '../../../src/http/console/page.js';

describe('console markdown', () => {
  it('escapes HTML before anything else', () => {
    const out = chatMarkdownToHtml('<img src=x onerror=alert(1)> **<script>x</script>**');
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<b>&lt;script&gt;x&lt;/script&gt;</b>');
  });

  it('renders bold and code and makes links clickable', () => {
    expect(chatMarkdownToHtml('**Need changed** — `ACME-001`')).toBe('<b>Need changed</b> — <code>ACME-001</code>');
    expect(chatMarkdownToHtml('打开 https://baton.example/web/login?t=a&b=1 。')).toBe(
      '打开 <a href="https://baton.example/web/login?t=a&amp;b=1" target="_blank" rel="noopener noreferrer">https://baton.example/web/login?t=a&amp;b=1</a> 。',
    );
    expect(chatMarkdownToHtml('[page](https://x.example/p)')).toBe(
      '<a href="https://x.example/p" target="_blank" rel="noopener noreferrer">page</a>',
    );
  });

  it('does not turn a javascript: link into a link', () => {
    expect(chatMarkdownToHtml('[x](javascript:alert(1))')).not.toContain('<a');
  });

  it('is what the console page runs', () => {
    expect(CONSOLE_PAGE).toContain(chatMarkdownToHtml.toString());
  });
});
