import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AdjustableClock, FixedClock } from '../../../src/core/clock.js';
import { formatCustomerCode } from '../../../src/core/customer.js';
import { detectLanguage } from '../../../src/core/language.js';
import { backoffMs } from '../../../src/jobs/outbox-worker.js';
import { advisoryKey } from '../../../src/jobs/scheduler.js';
import { createLogger } from '../../../src/logger.js';

describe('clocks', () => {
  it('moves an adjustable clock forward only, then keeps running from there', () => {
    const base = new FixedClock(new Date('2026-11-22T00:00:00Z'));
    const clock = new AdjustableClock(base);
    clock.advanceTo(new Date('2026-11-25T01:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-11-25T01:00:00.000Z');
    clock.advanceTo(new Date('2026-11-24T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-11-25T01:00:00.000Z');
    base.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-11-25T01:01:00.000Z');
  });
});

describe('customer codes', () => {
  it('formats the default and custom formats', () => {
    expect(formatCustomerCode('{PREFIX}-{YYYY}-{SEQ3}', 'HZ', 2026, 1)).toBe('HZ-2026-001');
    expect(formatCustomerCode('{PREFIX}{YY}{SEQ4}', 'NB', 2027, 42)).toBe('NB270042');
    expect(formatCustomerCode('{PREFIX}-{SEQ}', 'C', 2026, 1234)).toBe('C-1234');
  });
});

describe('language detection', () => {
  it('answers Chinese when Han characters appear, else English', () => {
    expect(detectLanguage('ACME 要什么？')).toBe('zh');
    expect(detectLanguage('what does ACME need?')).toBe('en');
    expect(detectLanguage('123', 'zh')).toBe('zh');
  });

  it('answers a bare command in the member language, a command with words in their language', () => {
    expect(detectLanguage('/web', 'zh')).toBe('zh');
    expect(detectLanguage('/help', 'zh')).toBe('zh');
    expect(detectLanguage('/undo', 'en')).toBe('en');
    expect(detectLanguage('/customers 2', 'zh')).toBe('zh');
    expect(detectLanguage('/fix Nordlys packaging plain white box', 'zh')).toBe('en');
    expect(detectLanguage('/交接 ACME', 'en')).toBe('zh');
  });
});

describe('outbox backoff', () => {
  it('grows exponentially with jitter and is capped at ten minutes', () => {
    const mid = () => 0.5;
    expect(backoffMs(1, mid)).toBe(1000);
    expect(backoffMs(4, mid)).toBe(8000);
    expect(backoffMs(30, mid)).toBe(600_000);
    expect(backoffMs(2, () => 0)).toBe(1500);
    expect(backoffMs(2, () => 1)).toBe(2500);
  });
});

describe('advisory keys', () => {
  it('are stable, distinct per job and fit in a signed 32-bit int', () => {
    expect(advisoryKey('cadence-reminders')).toBe(advisoryKey('cadence-reminders'));
    expect(advisoryKey('cadence-reminders')).not.toBe(advisoryKey('sla-check'));
    expect(advisoryKey('x')).toBeLessThan(2 ** 31);
  });
});

describe('logger redaction', () => {
  function capture(level: string) {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    return { logger: createLogger(level, sink), lines };
  }
  it('never prints secrets and hides message text at info', () => {
    const { logger, lines } = capture('info');
    logger.info({ config: { token: 'tok-123', apiKey: 'sk-abc' }, message: { text: '客户要2万个' } }, 'hello');
    const out = lines.join('');
    expect(out).not.toContain('tok-123');
    expect(out).not.toContain('sk-abc');
    expect(out).not.toContain('客户要2万个');
    expect(out).toContain('[redacted]');
  });
  it('shows message text at debug, still without secrets', () => {
    const { logger, lines } = capture('debug');
    logger.debug({ config: { token: 'tok-123' }, message: { text: 'need 5k pcs' } }, 'hello');
    const out = lines.join('');
    expect(out).toContain('need 5k pcs');
    expect(out).not.toContain('tok-123');
  });
});
