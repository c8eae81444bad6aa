/**
 * Structured logs with pino. Nothing personal and no finder input is ever passed to it;
 * as a second line of defence, fields that could carry such data are redacted.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = ['variables', '*.variables', 'email', '*.email', 'name', 'need', '*.need', 'req.headers.authorization', 'headers.authorization'];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'protection-atlas' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    // Synchronous by default so the last lines before an exit (shutdown, fatal) are written.
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
