import { logCreator, logLevel } from 'kafkajs';

/** Structured logger of the messaging layer. Fields outside the allow-list are dropped. */
export interface MessagingLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Only these fields ever reach a log line: Kafka coordinates, counts, event ids and types,
 * and error messages. Message keys, values and headers are never among them, so a log line
 * cannot carry the content of a fact.
 */
const ALLOWED_FIELDS = new Set([
  'error',
  'groupId',
  'clientId',
  'memberId',
  'broker',
  'topic',
  'partition',
  'offset',
  'retryCount',
  'retryTime',
  'eventId',
  'eventType',
  'attempt',
  'delayMs',
  'reason',
  'model',
  'count',
]);

type Level = 'ERROR' | 'WARN' | 'INFO' | 'DEBUG';

function write(level: Level, logger: string, message: string, fields: Record<string, unknown> = {}): void {
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, logger, message };
  for (const [name, value] of Object.entries(fields)) {
    if (ALLOWED_FIELDS.has(name) && value !== undefined) line[name] = value instanceof Error ? value.message : value;
  }
  const text = JSON.stringify(line);
  if (level === 'ERROR') console.error(text);
  else console.warn(text);
}

export function messagingLogger(name: string): MessagingLogger {
  return {
    warn: (message, fields) => write('WARN', name, message, fields),
    error: (message, fields) => write('ERROR', name, message, fields),
  };
}

const LEVELS: Record<number, Level> = {
  [logLevel.ERROR]: 'ERROR',
  [logLevel.WARN]: 'WARN',
  [logLevel.INFO]: 'INFO',
  [logLevel.DEBUG]: 'DEBUG',
};

/** Routes kafkajs's own log entries through the same allow-list. */
export const kafkaLogCreator: logCreator =
  () =>
  ({ namespace, level, log }) => {
    const { message, ...fields } = log;
    write(LEVELS[level] ?? 'INFO', namespace ? `kafkajs.${namespace}` : 'kafkajs', message, fields);
  };
