// Who is our side: --rep names first, else who quotes and who asks, across the whole chat, with a confidence.
import { describe, expect, it } from 'vitest';
import { guessRoles } from '../../../../src/extract/parse/roles.js';

describe('guessRoles', () => {
  it('the --rep (or forwarding member) name marks our side for sure', () => {
    const g = guessRoles(
      [
        { speaker: 'Grace', text: 'how much for 500 pcs?' },
        { speaker: 'Tom', text: 'USD 2.1/pc' },
      ],
      ['grace'],
    );
    expect(g).toEqual([
      { speaker: 'Grace', role: 'rep', confidence: 1, basis: 'rep-name' },
      { speaker: 'Tom', role: 'customer', confidence: 0.9, basis: 'rep-name' },
    ]);
  });

  it('a brand’s service account quoting prices is our side; the buyer asking is the customer', () => {
    const g = guessRoles(
      [
        { speaker: 'Acme Official', text: '亲，您好，请问需要多少？' },
        { speaker: '刘姐', text: '我们要2000个，多少钱一个？' },
        { speaker: 'Acme Official', text: '单价是3.2元，起订量500个，交期15天' },
        { speaker: '刘姐', text: '太贵了，便宜点' },
      ],
      [],
    );
    const by = new Map(g.map((x) => [x.speaker, x]));
    expect(by.get('Acme Official')!.role).toBe('rep');
    expect(by.get('刘姐')!.role).toBe('customer');
    expect(by.get('刘姐')!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('no cues at all: a low-confidence guess that the card should ask about', () => {
    const g = guessRoles(
      [
        { speaker: 'A', text: 'hello' },
        { speaker: 'B', text: 'hi' },
      ],
      [],
    );
    expect(g.every((x) => x.confidence < 0.5 && x.basis === 'default')).toBe(true);
  });
});
