// pino, created once in the composition root and passed down. Secrets are always
// redacted; message text is redacted unless the level is debug or trace.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

const SECRET_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.token',
  '*.secret',
  '*.apiKey',
  '*.api_key',
  '*.password',
  '*.accessToken',
  '*.access_token',
  '*.appSecret',
  '*.encodingAesKey',
  'config.env',
];
const TEXT_PATHS = ['text', '*.text', 'body.text', 'message.text'];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const showText = level === 'debug' || level === 'trace';
  return pino(
    {
      level,
      base: { app: 'baton' },
      redact: { paths: showText ? SECRET_PATHS : [...SECRET_PATHS, ...TEXT_PATHS], censor: '[redacted]' },
    },
    destination,
  );
}
