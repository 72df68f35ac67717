// What the cards are made of: needs and changes as lines, with names already resolved.
import type { Lang } from '../../../core/language.js';

export interface NeedLine {
  kind: string;
  value: Record<string, unknown>;
  evidence: string;
  speaker: string | null;
  at: Date | null;
  /** Name of the team member who recorded it. */
  recordedBy: string | null;
  manual: boolean;
}

export interface ChangeLine {
  kind: string;
  from: Record<string, unknown> | null;
  to: Record<string, unknown> | null;
  evidence: string | null;
  saidBy: string | null;
  saidAt: Date | null;
  recordedBy: string | null;
  at: Date;
}

export interface CustomerHead {
  name: string;
  code: string;
  ownerName?: string | null;
  isNew?: boolean;
}

export interface Fmt {
  lang: Lang;
  tz: string;
  /** Quotes lose their money parts (a chat with outsiders, or a reader without money rights). */
  maskMoney?: boolean;
}
