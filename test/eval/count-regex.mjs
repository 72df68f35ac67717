// Counts regexes in TypeScript files (issue 14's "regex count"): regex
// literals and `new RegExp(...)` calls, found on the TypeScript AST so strings
// and comments never count; "alternatives" adds each regex's written "|" + 1.
//   node test/eval/count-regex.mjs src/extract/rules/*.ts
import { readFileSync } from 'node:fs';
import ts from 'typescript';

let regexes = 0;
let alternatives = 0;
for (const file of process.argv.slice(2)) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let n = 0;
  const walk = (node) => {
    const literal = node.kind === ts.SyntaxKind.RegularExpressionLiteral;
    if (literal || (ts.isNewExpression(node) && node.expression.getText() === 'RegExp')) {
      n++;
      alternatives += node.getText().split('|').length;
    }
    ts.forEachChild(node, walk);
  };
  walk(src);
  regexes += n;
  console.log(`${n}\t${file}`);
}
console.log(`${regexes}\tregexes, ${alternatives} alternatives`);
