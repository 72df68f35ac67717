// Moves inline t(lang, '中文', 'English') calls into the catalogues (src/core/i18n/{zh,en}.json):
// each call becomes tr(lang, 'area.slug', { vars }) and both strings become catalogue entries with
// {{var}} placeholders. Run: node scripts/i18n-extract.mjs <files…>. Calls whose strings are not
// literals or templates are left alone and listed, for a person to convert.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;
const CAT = `${ROOT}src/core/i18n`;
const zh = JSON.parse(readFileSync(`${CAT}/zh.json`, 'utf8'));
const en = JSON.parse(readFileSync(`${CAT}/en.json`, 'utf8'));

function area(file) {
  const rel = relative(ROOT, file)
    .replace(/^src\//, '')
    .replace(/\.ts$/, '');
  return rel
    .replace(/^http\/web\/views\/pages\//, 'web.')
    .replace(/^http\/web\/views\//, 'web.')
    .replace(/^http\/web\/index$/, 'web.routes')
    .replace(/^http\//, 'http.')
    .replace(/^services\//, '')
    .replace(/\/handlers\//, '.')
    .replace(/\/(actions|format)\//, '.')
    .replace(/\//g, '.')
    .replace(/-/g, '_');
}

function slug(text) {
  const words = text
    .replace(/\{\{\w+\}\}/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  return words.join('_') || 'text';
}

function varName(expr, used) {
  let base = 'v';
  if (ts.isIdentifier(expr)) base = expr.text;
  else if (ts.isPropertyAccessExpression(expr)) base = expr.name.text;
  else if (ts.isCallExpression(expr)) {
    const c = expr.expression;
    base = ts.isIdentifier(c) ? c.text : ts.isPropertyAccessExpression(c) ? c.name.text : 'v';
  }
  let name = base,
    i = 2;
  while (used.has(name)) name = `${base}${i++}`;
  used.add(name);
  return name;
}

/** The text of a string/template with {{var}} holes, adding vars to `vars` (source text → name). */
function toMessage(node, src, vars, used) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (!ts.isTemplateExpression(node)) return null;
  let out = node.head.text;
  for (const span of node.templateSpans) {
    const code = span.expression.getText(src);
    if (!vars.has(code)) vars.set(code, varName(span.expression, used));
    out += `{{${vars.get(code)}}}` + span.literal.text;
  }
  return out;
}

const skipped = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  const a = area(file);
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 't' &&
      node.arguments.length === 3
    ) {
      const [langArg, zhArg, enArg] = node.arguments;
      const vars = new Map(),
        used = new Set();
      const z = toMessage(zhArg, src, vars, used);
      const e = toMessage(enArg, src, vars, used);
      const nested = [...vars.keys()].some((code) => /\bt\(/.test(code));
      if (z === null || e === null || nested) {
        skipped.push(`${relative(ROOT, file)}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        ts.forEachChild(node, visit);
        return;
      }
      let key = `${a}.${slug(e)}`,
        n = 2;
      while (key in en && (en[key] !== e || zh[key] !== z)) key = `${a}.${slug(e)}_${n++}`;
      en[key] = e;
      zh[key] = z;
      const props = [...vars].map(([code, name]) => (code === name ? name : `${name}: ${code}`));
      const call = `tr(${langArg.getText(src)}, '${key}'${props.length ? `, { ${props.join(', ')} }` : ''})`;
      edits.push([node.getStart(), node.getEnd(), call]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  if (edits.length === 0) continue;
  let out = text;
  for (const [s, e, r] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, s) + r + out.slice(e);
  // Import tr next to the language import; drop t from it when no call is left.
  const m = out.match(/import \{([^}]*)\} from '((?:\.\.?\/)+(?:core\/)?)language\.js';/);
  if (m) {
    const names = m[1]
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const stillT = /(^|[^\w.])t\(/.test(out.replace(m[0], ''));
    const kept = names.filter((x) => x !== 't' || stillT);
    const prefix = m[2];
    const repl =
      (kept.length ? `import { ${kept.join(', ')} } from '${prefix}language.js';\n` : '') +
      `import { tr } from '${prefix}i18n/index.js';`;
    out = out.replace(m[0], repl);
  }
  writeFileSync(file, out);
}
const sortKeys = (o) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
writeFileSync(`${CAT}/zh.json`, JSON.stringify(sortKeys(zh), null, 2) + '\n');
writeFileSync(`${CAT}/en.json`, JSON.stringify(sortKeys(en), null, 2) + '\n');
if (skipped.length) console.log(`left for a person (${skipped.length}):\n${skipped.join('\n')}`);
