// A kysely plugin that strips NUL and non-characters from every string parameter, so no
// route, id or query string can make a statement fail on them (the text rules: src/core/storable-text.ts).
import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';
import { hasUnstorable, storableText } from '../core/storable-text.js';

function clean(v: unknown): unknown {
  return typeof v === 'string' && hasUnstorable(v) ? storableText(v) : v;
}

class StripUnstorable extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const v = clean(node.value);
    return v === node.value ? super.transformValue(node) : { ...node, value: v };
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...node, values: node.values.map(clean) };
  }
}

/** Kysely plugin: every string parameter loses NUL, non-characters and lone surrogates. */
export class StorableTextPlugin implements KyselyPlugin {
  readonly #t = new StripUnstorable();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#t.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
