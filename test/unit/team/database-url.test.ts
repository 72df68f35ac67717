import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { explainDbError } from '../../../src/db/connect-error.js';

describe('DATABASE_URL', () => {
  it('is checked for a postgres:// or postgresql:// scheme and reported by name', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@db/baton' })).toThrow(
      /DATABASE_URL: must be a Postgres URL .*postgres:\/\/ or postgresql:\/\//,
    );
    expect(() => loadConfig({ DATABASE_URL: 'base' })).toThrow(/DATABASE_URL: must be a Postgres URL/);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db.internal:5432/baton' }).database.url).toBe(
      'postgresql://u:p@db.internal:5432/baton',
    );
  });

  it('a connection failure names DATABASE_URL, hides the password and says what is wrong', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND base'), { code: 'ENOTFOUND' });
    expect(String(explainDbError(dns, 'postgres://u:secret@base/baton'))).toBe(
      'ConfigError: DATABASE_URL (postgres://u:***@base/baton): cannot connect — the host name does not resolve (getaddrinfo ENOTFOUND base)',
    );
    const role = Object.assign(new Error('role "u" does not exist'), { code: '28000' });
    expect(String(explainDbError(role, 'postgres://u@127.0.0.1/baton'))).toContain('the user name is wrong');
    const other = new Error('relation "x" does not exist');
    expect(explainDbError(other, 'postgres://u@h/db')).toBe(other);
  });
});
