// WhatsApp readers on real exports (test/fixtures/exports, sources in its README)
// and on the head variants of Pustur/whatsapp-chat-parser's format list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../../src/extract/extract-transcript.js';
import type { ExtractOptions } from '../../../../src/extract/types.js';

const opts: ExtractOptions = { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'UTC', reps: [] };
const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/exports/whatsapp/${name}`, import.meta.url), 'utf8');
const read = (text: string) => parseTranscript(text, opts);

describe('WhatsApp exports from other projects’ test suites', () => {
  // chat-miner's target: six messages; "John Doe:." (no space after the colon), a group creation
  // and "You were added" are not messages. Emoji names and colons inside the text survive.
  const want = ['John Doe', 'Jahn Doe', 'John-John Doe', 'John Doe 🤓', '🤓', 'John Doe'];
  it.each([
    ['chat-miner-android-ddmmyy-24h.txt', true],
    ['chat-miner-android-mmddyy-24h.txt', false],
    ['chat-miner-ios-mmddyy-24h.txt', false],
    ['chat-miner-android-mmddyyyy-12h-es.txt', false],
    ['chat-miner-android-yyyymmdd-24h.txt', true],
  ])('%s (day first: %s)', (file: string, dayFirst: boolean) => {
    const t = read(fixture(file));
    expect(t.dayFirst).toBe(dayFirst);
    expect(t.format).toBe('whatsapp-export');
    expect(t.messages.map((m) => m.speaker)).toEqual(want);
    expect(t.messages.map((m) => m.at)).toEqual([
      '2019-01-01T11:25:00+00:00',
      '2019-01-30T20:49:00+00:00',
      '2020-06-10T15:55:00+00:00',
      '2021-12-10T10:10:00+00:00',
      '2021-12-20T12:10:00+00:00',
      '2021-12-30T22:01:00+00:00',
    ]);
    expect(t.messages[1]!.text).toBe('Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.');
    expect(t.messages[2]!.text).toBe('Lorem ipsum : dolor sit amet.');
  });

  it('Pustur short chat: system lines without a NAME part are dropped, continuation kept', () => {
    const t = read(fixture('pustur-short-chat.txt'));
    expect(t.format).toBe('whatsapp-export');
    expect(t.messages.map((m) => m.speaker)).toEqual(['Sample User', 'TestBot', '+410123456789']);
    expect(t.messages[2]!.text).toBe('How are you?\n\nIs everything alright?');
    // 06/03, 08/05, 09/04 run forwards only month first
    expect(t.messages.map((m) => m.at!.slice(0, 10))).toEqual(['2017-06-03', '2017-08-05', '2017-09-04']);
  });

  it('a file mixing Android and iOS heads, with and without brackets', () => {
    const t = read(fixture('rb-mixed-android-ios.txt'));
    expect(t.messages.map((m) => m.speaker)).toEqual(['John Doe', 'Jane Smith', 'Alice', 'Bob', 'Charlie']);
    expect(t.messages[1]!.text).toBe(
      'Hi John! This is another Android message.\nIt has multiple lines\nto test grouping.',
    );
    expect(t.messages.map((m) => m.at!.slice(0, 16))).toEqual([
      '2025-12-15T10:30',
      '2025-12-15T10:31',
      '2025-12-15T10:32',
      '2025-12-15T10:33',
      '2025-12-15T10:34',
    ]);
  });
});

describe('WhatsApp head variants (Pustur/whatsapp-chat-parser format list)', () => {
  it.each([
    ['3/6/18, 1:55 p.m. - a: m', '2018-06-03T13:55:00'],
    ['03-06-2018, 01.55 PM - a: m', '2018-06-03T13:55:00'],
    ['13.06.18 21.25.15: a: m', '2018-06-13T21:25:15'],
    ['[06.13.18 21:25:15] a: m', '2018-06-13T21:25:15'],
    ['13.6.2018 klo 21.25.15 - a: m', '2018-06-13T21:25:15'],
    ['13. 6. 2018. 21:25:15 a: m', '2018-06-13T21:25:15'],
    ['[3/6/18 1:55:00 p. m.] a: m', '2018-06-03T13:55:00'],
    ['\u200e[3/6/18 1:55:00 p. m.] a: m', '2018-06-03T13:55:00'],
    ['[2018/06/13, 21:25:15] a: m', '2018-06-13T21:25:15'],
    ['[06/2018/13, 21:25:15] a: m', '2018-06-13T21:25:15'],
  ])('%s', (line, at) => {
    const t = read(line);
    expect(t.format).toBe('whatsapp-export');
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toMatchObject({ speaker: 'a', text: 'm', at: `${at}+00:00` });
  });

  it.each([
    ['15/01/2026 à 14:30 - Jean: ok', '2026-01-15T14:30:00'],
    ['18.03.22 um 14:56 - Jan: ok', '2022-03-18T14:56:00'],
    ['[27/3/2022، 21:41:35] Dmitry S: ok', '2022-03-27T21:41:35'],
    ['[٢٧‏/٣‏/٢٠٢٢، ٩:٤١:٣٥ م] Dmitry S: ok', '2022-03-27T21:41:35'],
    ['[21:41:35, 3/27/22] Dmitry S: ok', '2022-03-27T21:41:35'],
    ['[3/27/2565 BE, 21:41:35] Dmitry S: ok', '2022-03-27T21:41:35'],
    ['[3/27/R4, 21:41:35] Dmitry S: ok', '2022-03-27T21:41:35'],
    ['1/15/26, 2:30\u202fPM - ~\u202fTom: ok', '2026-01-15T14:30:00'],
    ['\ufeff2022/7/21 下午2:25 - 张三: ok', '2022-07-21T14:25:00'],
    ['18.03.2022 в 14:56 - Дмитрий: ok', '2022-03-18T14:56:00'],
    ['15/01/2026 14h30 - Jean: ok', '2026-01-15T14:30:00'],
    ['[15/01/2026 2:30:00 p. m.] María G: ok', '2026-01-15T14:30:00'],
  ])('%s', (line, at) => {
    const t = read(line);
    expect(t.format).toBe('whatsapp-export');
    expect(t.messages[0]!.text).toBe('ok');
    expect(t.messages[0]!.at).toBe(`${at}+00:00`);
  });
});

describe('WhatsApp system lines and placeholders', () => {
  it('filters system lines by the missing NAME part, not by words in the text', () => {
    const t = read(
      '1/15/26, 2:30 PM - Tom: We need 5000 pcs with our logo, I added the artwork\n1/15/26, 2:31 PM - Tom added Amy\n1/15/26, 2:32 PM - Amy: ok, Tom left\n1/15/26, 2:33 PM - Amy left',
    );
    expect(t.messages.map((m) => m.text)).toEqual([
      'We need 5000 pcs with our logo, I added the artwork',
      'ok, Tom left',
    ]);
  });

  it.each([
    '<attached: 0001-PHOTO-2026-01-15-14-30-00.jpg>',
    '<Medien ausgeschlossen>',
    '‹Médias omis›',
    '<Multimedia omitido>',
    '<Без медиафайлов>',
    'Ce message a été supprimé',
    'Se eliminó este mensaje.',
    'Bu mesaj silindi',
    'تم حذف هذه الرسالة',
    'Pesan ini telah dihapus',
    'Questo messaggio è stato eliminato',
    'Esta mensagem foi apagada',
    '此消息已删除',
    'Missed voice call',
    '\u200eimage omitted',
    '\u200eVideo weggelassen',
    'Spec.pdf • \u200e2 pages \u200edocument omitted',
  ])('drops a message that is only %s', (p) => {
    const t = read(`15/01/2026, 14:30 - Ana: ${p}\n15/01/2026, 14:31 - Ana: 500 pcs`);
    expect(t.messages.map((m) => m.text)).toEqual(['500 pcs']);
  });

  it('strips attachment and edited markers next to the sender’s words', () => {
    const t = read(
      '11/08/2026, 2:33 pm - Raj: IMG-20260811-WA0001.jpg (file attached)\nthis colour please\n11/08/2026, 2:40 pm - Raj: 300 pcs <This message was edited>',
    );
    expect(t.messages.map((m) => m.text)).toEqual(['this colour please', '300 pcs']);
    // the attachment's name settles the day/month order: 11 August, not 8 November
    expect(t.messages[0]!.at!.slice(0, 10)).toBe('2026-08-11');
    expect(t.dayFirst).toBe(true);
  });

  it('keeps a shared location (iOS marks it like a notice)', () => {
    const t = read(
      '[3/27/22, 21:56:45] Dmitry S: \u200eLocation: https://maps.google.com/?q=51.50,-0.12\n[3/27/22, 21:57:00] Elon: \u200eThis message was deleted.',
    );
    expect(t.messages.map((m) => m.speaker)).toEqual(['Dmitry S']);
  });
});
