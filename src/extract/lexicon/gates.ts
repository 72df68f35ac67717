// Trigger words of the cheap gates in message-rules.ts: a rule family is
// skipped when none of its words occurs in a message. A word the rule learns
// must be added here too, or the gate hides it.
import { terms } from './terms.js';

/** Incoterm codes and their Chinese names ("C and F" spacing is kept as a pattern in the gate). */
export const INCOTERM_GATE_WORDS = terms(`
  EXW | FCA | FAS | FOB | CFR | CNF | C&F | CIF | CIP | CPT | DAP | DPU | DDP | DDU
  到岸 | 离岸 | 出厂 | 工厂交货 | 船上交货 | 完税 | 双清 | 包税
`);

/** Logo, brand and packaging words (substrings: "pack" covers packing/packaging, "print" printing). */
export const LOGO_GATE_WORDS = terms(`
  logo | 标 | brand | 牌 | 印 | print | 字 | 中文 | china
  铸 | 缝 | 烫 | 绣 | 刻 | label | engrav | emboss | sew | stitch | cast
  包装 | pack | box | carton | 箱 | 盒 | tin
  中性 | neutral | blank | plain | OEM | private
  design | 设计 | artwork
`);
