// Places named in a message, found with the gazetteer of lexicon/places.ts
// (a phrase trie, not a regex): each hit carries its ISO country, so
// "发到汉堡" or "CIF Santos" gives a country.
import { PhraseSet } from '../analyze/phrase-set.js';
import { COUNTRY_CODES, GAZETTEER } from '../lexicon/places.js';

export interface PlaceHit {
  name: string;
  country: string;
  start: number;
  end: number;
  /** The name is a country (or region), not a port or city. */
  isCountry: boolean;
}

const COUNTRY_WORDS = new Set<string>();
const LOOKUP = new Map<string, string>();
for (const [cc, row] of Object.entries(GAZETTEER)) {
  const [countries = '', places = ''] = row.split(';');
  for (const n of countries.split('|').filter(Boolean)) {
    LOOKUP.set(n.toLowerCase(), cc);
    COUNTRY_WORDS.add(n.toLowerCase());
  }
  for (const n of places.split('|').filter(Boolean)) LOOKUP.set(n.toLowerCase(), cc);
}
const NAMES = new PhraseSet([...LOOKUP.entries()]);
const CODES = new Set(Object.keys(COUNTRY_CODES));
// a code before one of these is a plug type or a version, not a place ("UK plug", "US版")
const NOT_PLACE_AFTER = new PhraseSet([
  'plug',
  'plugs',
  'standard',
  'version',
  'type',
  'socket',
  'market price',
  '插',
  '规',
  '标',
  '版',
]);

export function countryOf(name: string): string | undefined {
  return LOOKUP.get(name.toLowerCase().trim()) ?? COUNTRY_CODES[name.trim()];
}

/** Upper-case country codes ("USA", "U.S.", "UAE"), on word edges. */
function codes(text: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
  for (let i = 0; i < text.length; i++) {
    if (text[i]! < 'A' || text[i]! > 'Z' || isLetter(text[i - 1])) continue;
    // longest code first: "U.S.A." before "U.S", "USA" before "US"
    const code = [...CODES]
      .filter((c) => text.startsWith(c, i) && !isLetter(text[i + c.length]))
      .sort((a, b) => b.length - a.length)[0];
    if (!code) continue;
    const end = i + code.length;
    const rest = text.slice(end).replace(/^\s+/, '');
    if (!NOT_PLACE_AFTER.matchAt(rest, 0))
      out.push({ name: code, country: COUNTRY_CODES[code]!, start: i, end, isCountry: true });
    i = end - 1;
  }
  return out;
}

/** Every known place named in `text`. */
export function findPlaces(text: string): PlaceHit[] {
  const out: PlaceHit[] = NAMES.findAll(text).map((h) => ({
    name: text.slice(h.start, h.end),
    country: h.value,
    start: h.start,
    end: h.end,
    isCountry: COUNTRY_WORDS.has(h.word.toLowerCase()),
  }));
  // a code inside a name already found ("US" in nothing Latin, by word edges) cannot overlap
  for (const c of codes(text)) if (!out.some((o) => c.start < o.end && o.start < c.end)) out.push(c);
  return out.sort((a, b) => a.start - b.start);
}
