// The screenshot reader's public names: the pipeline imports from here.
export { createScreenshotReader, type ScreenshotReaderOptions } from './reader.js';
export { joinReadings } from './join-readings.js';
export * from './types.js';
