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
  // Local wrappers `const L = (zh: string, en: string) => t(lang, zh, en)`: their calls convert too.
  const wrappers = new Map();
  const findWrappers = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isArrowFunction(node.initializer) &&
      node.initializer.parameters.length === 2 &&
      ts.isCallExpression(node.initializer.body) &&
      node.initializer.body.expression.getText(src) === 't'
    )
      wrappers.set(`${node.name.text}@${node.pos}`, {
        name: node.name.text,
        lang: node.initializer.body.arguments[0].getText(src),
        decl: node.parent.parent,
        scope: node.parent.parent.parent,
      });
    ts.forEachChild(node, findWrappers);
  };
  findWrappers(src);
  const visit = (node) => {
    const isT =
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 't' &&
      node.arguments.length === 3;
    const wrap =
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.arguments.length === 2 &&
      [...wrappers.values()].find(
        (w) =>
          w.name === node.expression.text && w.scope.getStart() <= node.getStart() && node.getEnd() <= w.scope.getEnd(),
      );
    if (isT || wrap) {
      const [langArg, zhArg, enArg] = isT ? node.arguments : [null, ...node.arguments];
      const langText = isT ? langArg.getText(src) : wrap.lang;
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
      const call = `tr(${langText}, '${key}'${props.length ? `, { ${props.join(', ')} }` : ''})`;
      edits.push([node.getStart(), node.getEnd(), call]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  if (edits.length === 0) continue;
  // A wrapper none of whose calls was left behind goes.
  for (const w of wrappers.values()) {
    const name = w.name;
    const inScope = text.slice(w.scope.getStart(), w.scope.getEnd()).replace(w.decl.getText(src), '');
    const calls = (inScope.match(new RegExp(`\\b${name}\\(`, 'g')) ?? []).length;
    const converted = edits.filter(
      ([s0]) =>
        s0 >= w.scope.getStart() && s0 < w.scope.getEnd() && text.slice(s0, s0 + name.length + 1) === `${name}(`,
    ).length;
    if (calls === converted) edits.push([w.decl.getStart(), w.decl.getEnd(), '']);
  }
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
      (/import \{ tr \} from '[./a-z]*i18n\/index\.js';/.test(out)
        ? ''
        : `import { tr } from '${prefix}i18n/index.js';`);
    out = out.replace(m[0], repl);
  }
  writeFileSync(file, out);
}
const sortKeys = (o) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
writeFileSync(`${CAT}/zh.json`, JSON.stringify(sortKeys(zh), null, 2) + '\n');
writeFileSync(`${CAT}/en.json`, JSON.stringify(sortKeys(en), null, 2) + '\n');
if (skipped.length) console.log(`left for a person (${skipped.length}):\n${skipped.join('\n')}`);
