// Calendar days live in the shared time module (src/core/time); extraction keeps this path.
export * from '../../core/time/calendar.js';
