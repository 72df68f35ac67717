// Counts regular expressions in TypeScript files: regex literals (from the
// TypeScript scanner, so division and strings are not miscounted) plus
// `new RegExp(` / `RegExp(` constructions. Usage: node scripts/count-regex.mjs DIR...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

function files(dir) {
  const st = statSync(dir);
  if (!st.isDirectory()) return [dir];
  return readdirSync(dir).flatMap((n) => files(join(dir, n)));
}

function count(file) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let literals = 0;
  let built = 0;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals++;
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp') built++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, built };
}

let total = 0;
for (const dir of process.argv.slice(2)) {
  for (const f of files(dir).filter((f) => f.endsWith('.ts'))) {
    const { literals, built } = count(f);
    total += literals + built;
    console.log(`${String(literals + built).padStart(4)}  ${f}`);
  }
}
console.log(`${String(total).padStart(4)}  total`);
