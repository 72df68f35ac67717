// Time-zone conversions live in the shared time module (src/core/time); extraction keeps this path.
export { fromLocal, isTimeZone, isoWithOffset, toLocal } from '../../core/time/zone.js';
