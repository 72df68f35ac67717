// The part of pino that adapters and other outer parts log through. A port, so an
// adapter takes whatever logger the composition root hands it (pino's child
// loggers satisfy it) and tests pass `silentLogger`.

export interface LoggerPort {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: LoggerPort = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
