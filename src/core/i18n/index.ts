// The one message catalogue: every reply, page label and export heading by key, in zh and en.
// The catalogues are data (zh.json, en.json, same keys); i18next interpolates {{name}} from `vars`.
// One i18next instance per process is fine here: it holds only these immutable tables, never I/O.
import i18next from 'i18next';
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import type { Lang } from '../language.js';

export type MessageKey = keyof typeof en & keyof typeof zh;
export type MessageVars = Record<string, string | number | null | undefined>;

export const CATALOGUES: Record<Lang, Record<string, string>> = { zh, en };

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  // Our HTML templates escape what they interpolate, and chat text is plain: escaping here would double it.
  interpolation: { escapeValue: false },
});

/** The message `key` in `lang`, with {{name}} placeholders filled from `vars`. */
export function tr(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  const replace: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars ?? {})) replace[k] = String(v);
  return i18n.t(key, { lng: lang, replace });
}

/** Catalogue groups that label a value: `label(lang, 'label.stage', 'inquiry')` → 询盘 / inquiry. */
export type LabelGroup =
  | 'label.need_kind'
  | 'label.spec_attribute'
  | 'label.packaging_style'
  | 'label.stage'
  | 'label.tier'
  | 'label.extractor'
  | 'label.contact_kind'
  | 'label.handover_stage'
  | 'label.handover_timeline'
  | 'label.ship_mode'
  | 'label.sheet_status'
  | 'label.import_kind'
  | 'label.role'
  | 'label.channel'
  | 'label.handover_status';

/** The label of `value` in `group`; the value itself when the catalogue has none (a kind added later). */
export function label(lang: Lang, group: LabelGroup, value: string): string {
  const key = `${group}.${value}`;
  return key in CATALOGUES[lang] ? i18n.t(key, { lng: lang }) : value;
}

/** Whether the catalogue labels `value` in `group`. */
export function hasLabel(group: LabelGroup, value: string): boolean {
  return `${group}.${value}` in CATALOGUES.en;
}
