// The layer rules of docs/architecture.md, enforced by `npm run lint` (the
// `layers/imports` rule below). Each layer says which of our folders it may import;
// npm packages are allowed unless listed in `packages`. A relative import is
// resolved against the importing file, so `../../db/client.js` from src/core is caught
// however many `../` it takes.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `files`: the folder the rule applies to. `may`: the only folders of ours it may
 * import (null: any). `mayNot`: folders it must not import. `packages`: npm packages
 * it must not import. `self`: each sub-folder is its own island (adapters).
 */
export const LAYERS = [
  {
    name: 'core',
    files: 'src/core/',
    may: ['src/core/'],
    why: 'src/core imports nothing of ours: domain types, ports, errors and pure rules only',
  },
  {
    name: 'extract',
    files: 'src/extract/',
    may: ['src/extract/', 'src/core/'],
    why: 'src/extract is pure: no database, HTTP, services or jobs',
  },
  {
    name: 'adapters',
    files: 'adapters/',
    self: true,
    may: ['src/core/'],
    why: 'an adapter imports only src/core (and itself), never another adapter',
  },
  {
    name: 'services',
    files: 'src/services/',
    mayNot: ['src/db/', 'adapters/', 'src/http/', 'src/jobs/'],
    packages: ['kysely', 'pg', '@electric-sql/pglite'],
    why: 'services get storage and sending through deps (deps.repos, the outbox) and never import src/db, kysely, an adapter, src/http or src/jobs',
  },
];

function layerOf(file) {
  const rel = relative(ROOT, file).split('\\').join('/');
  return { rel, layer: LAYERS.find((l) => rel.startsWith(l.files)) };
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The reason `spec` imported from `file` breaks a layer rule, or undefined. */
export function violation(file, spec) {
  const { rel, layer } = layerOf(file);
  if (!layer) return undefined;
  if (!spec.startsWith('.') && !spec.startsWith('/')) {
    return layer.packages?.includes(packageName(spec)) ? `${layer.why} ("${spec}")` : undefined;
  }
  const target = relative(ROOT, resolve(dirname(file), spec))
    .split('\\')
    .join('/');
  if (target.startsWith('..')) return undefined; // outside the repository: not ours to judge
  if (layer.self) {
    const own = `${layer.files}${rel.slice(layer.files.length).split('/')[0]}/`;
    if (target.startsWith(own)) return undefined;
  }
  if (layer.may && !layer.may.some((p) => target.startsWith(p))) return `${layer.why} (imports ${target})`;
  if (layer.mayNot?.some((p) => target.startsWith(p))) return `${layer.why} (imports ${target})`;
  return undefined;
}

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Layer rules: which folder may import which (eslint/layers.js)' },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const why = violation(file, source.value);
      if (why) context.report({ node, message: `Layer rule: ${why}.` });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source.type === 'Literal' ? n.source : undefined),
    };
  },
};

/** Flat-config entry: the layer rule on every TypeScript file. */
export const layersConfig = {
  files: ['**/*.ts'],
  plugins: { layers: { rules: { imports: importsRule } } },
  rules: { 'layers/imports': 'error' },
};
