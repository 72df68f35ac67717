// English spec attributes read as an attribute word plus a value (issue 14):
// the word names what is asked for, a small value grammar in
// rules/spec-attributes.ts reads the value next to it. Words here are data so
// a new attribute is one line, not another regex.
import { terms } from './terms.js';

/** A part or fitting named by a code after it ("lamp holder E27", "thread M8" is a size code elsewhere). */
export const CODE_ATTRIBUTES_EN = terms(`
  lamp holder | lampholder | lamp base | bulb base | bulb socket | socket type | base type | cap type
  connector | connector type | interface | chipset | model number
`);

/** A performance figure named after a duration ("30 min battery life", "flight time 20 minutes"). */
export const DURATION_ATTRIBUTES_EN = terms(`
  flight time | battery life | run time | runtime | working time | play time | playtime | standby time | standby
  charging time | burn time | backup time
`);

/** Duration units those figures are given in. */
export const DURATION_UNITS_EN = terms(`
  min | mins | minute | minutes | h | hr | hrs | hour | hours | s | sec | secs | seconds | days
`);

/** The noun after a surface word that makes it a finish ("matte finish", "gold finish"). */
export const FINISH_NOUNS_EN = terms(`finish | finishing | surface | coating`);

/** Cue words before a list of garment sizes ("sizes S, M, L"). */
export const SIZE_CUES_EN = terms(`size | sizes | sizing | size range`);

/** Garment size letters a size list is made of. */
export const GARMENT_SIZES = terms(`XXS | XS | S | M | L | XL | XXL | XXXL | 2XL | 3XL | 4XL | 5XL`);

/** A second colour on a part of the goods, read into the colour ("black with red stitching"). */
export const COLOUR_ACCENTS_EN = terms(
  `line | lines | stripe | stripes | trim | stitching | piping | edge | edges | edging | border | dots | logo`,
);

/** Cues after which the rest of the clause is a requirement of its own ("compatible with side airbags"). */
export const REQUIREMENT_CUES_EN = terms(`compatible with | compatible for | works with | fits`);
