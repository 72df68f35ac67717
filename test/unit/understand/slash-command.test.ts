import { describe, expect, it } from 'vitest';
import { looksLikeSlashCommand, parseSlashCommand } from '../../../src/core/slash-command.js';

describe('the slash normaliser', () => {
  it.each([
    ['/need ACME', 'need', 'ACME'],
    ['／need ACME', 'need', 'ACME'],
    ['/ need ACME', 'need', 'ACME'],
    ['／ 需求 ACME', '需求', 'ACME'],
    ['  /HELP  ', 'help', ''],
    ['/fix ACME  packaging neutral', 'fix', 'ACME  packaging neutral'],
    ['/ask HO-3 交货期\n定了吗？', 'ask', 'HO-3 交货期\n定了吗？'],
    ['／web', 'web', ''],
    ['/交接\u3000ACME to bob', '交接', 'ACME to bob'],
  ])('%j is /%s with %j', (text, name, rest) => {
    expect(parseSlashCommand(text)).toMatchObject({ name, rest });
  });

  it('splits the arguments into words', () => {
    expect(parseSlashCommand('/cadence  sla normal 10')?.words).toEqual(['sla', 'normal', '10']);
    expect(parseSlashCommand('/cadence')?.words).toEqual([]);
  });

  it.each([['ACME 要什么？'], ['/'], ['／  '], ['//example.com/x'], ['see /need'], ['']])(
    '%j is no command',
    (text) => {
      expect(parseSlashCommand(text)).toBeUndefined();
    },
  );

  it('tells a command-like message by its first character, known command or not', () => {
    expect(looksLikeSlashCommand('  ／whatever')).toBe(true);
    expect(looksLikeSlashCommand('/')).toBe(true);
    expect(looksLikeSlashCommand('ACME /need')).toBe(false);
  });
});
