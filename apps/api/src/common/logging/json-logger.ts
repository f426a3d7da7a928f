import type { LoggerService, LogLevel } from '@nestjs/common';
import { requestContext } from '../request/request-context.js';

/** Keys whose values never reach a log line. */
const SECRET = /password|token|secret|cookie|authorization|body|html|text/i;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => redact(item, depth + 1));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET.test(k) ? '[redacted]' : redact(v, depth + 1)]));
}

/**
 * Structured logs: one JSON object per line with time, level, context, message and the request
 * id of the request being served. Secrets and message bodies are redacted by key.
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly levels: readonly LogLevel[] = ['log', 'warn', 'error']) {}

  log(message: unknown, context?: string): void {
    this.write('info', 'log', message, context);
  }

  warn(message: unknown, context?: string): void {
    this.write('warn', 'warn', message, context);
  }

  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', 'error', message, context ?? stackOrContext, context ? stackOrContext : undefined);
  }

  debug(message: unknown, context?: string): void {
    this.write('debug', 'debug', message, context);
  }

  verbose(message: unknown, context?: string): void {
    this.write('verbose', 'verbose', message, context);
  }

  private write(level: string, nestLevel: LogLevel, message: unknown, context?: string, stack?: string): void {
    if (!this.levels.includes(nestLevel)) {
      return;
    }
    const line = {
      time: new Date().toISOString(),
      level,
      context,
      requestId: requestContext.getStore()?.requestId,
      ...(typeof message === 'object' && message !== null ? { data: redact(message) } : { msg: String(message) }),
      ...(stack ? { stack } : {}),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
