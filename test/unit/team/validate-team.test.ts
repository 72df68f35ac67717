import { describe, expect, it } from 'vitest';
import { guessMappingFor } from '../../../src/services/import/mapping.js';
import type { Sheet } from '../../../src/services/import/sheet.js';
import { TEAM_FIELDS } from '../../../src/services/team/team-fields.js';
import { validateTeamRows } from '../../../src/services/team/validate-team.js';
import type { RosterMember } from '../../../src/core/roster.js';

const sheet = (headers: string[], rows: (string | null)[][]): Sheet => ({
  headers,
  rows,
  firstRowNumber: 2,
  rowNumbers: rows.map((_r, i) => i + 2),
});
const check = (s: Sheet, roster: RosterMember[] = []) =>
  validateTeamRows(s, guessMappingFor(TEAM_FIELDS, s.headers), roster);

describe('team sheet validation', () => {
  it('reads Chinese headings and roles, and names a supervisor by name or id', () => {
    const s = sheet(
      ['账号', '姓名', '角色', '上级', '语言', '企业微信', '钉钉', 'WhatsApp'],
      [
        ['Wang', '王敏', '主管', null, null, 'WangMin', null, null],
        ['bob', '李波', '业务员', '王敏', '英文', null, 'ding-bob', '+1 (415) 555-0100; +86 138 0013 8000'],
      ],
    );
    expect(guessMappingFor(TEAM_FIELDS, s.headers)).toEqual([
      'id',
      'name',
      'role',
      'reports_to',
      'language',
      'wecom',
      'dingtalk',
      'whatsapp',
    ]);
    const v = check(s);
    expect(v.errors).toEqual([]);
    expect(v.records.map((r) => [r.id, r.role, r.reportsTo, r.language])).toEqual([
      ['wang', 'supervisor', null, 'zh'],
      ['bob', 'rep', 'wang', 'en'],
    ]);
    expect(
      v.records[1]!.identities.filter((i) => i.platform === 'whatsapp' && !i.externalId.includes('@')).map(
        (i) => i.externalId,
      ),
    ).toEqual(['14155550100', '8613800138000']);
  });

  it('lists every bad row: unknown role, duplicate id, identity held by someone else, unknown supervisor, loops', () => {
    const roster: RosterMember[] = [
      {
        id: 'sun',
        name: 'Sun Yu',
        role: 'finance',
        reportsTo: null,
        language: 'zh',
        active: true,
        leftAt: null,
        identities: [{ platform: 'wecom', externalId: 'SunYu' }],
      },
    ];
    const v = check(
      sheet(
        ['id', 'name', 'role', 'reports_to', 'wecom'],
        [
          ['a', 'A', 'boss', null, null],
          ['b', 'B', 'rep', 'c', 'SunYu'],
          ['b', 'B2', 'rep', null, null],
          ['c', 'C', 'rep', 'd', null],
          ['d', 'D', 'rep', 'c', null],
          ['e', 'E', 'rep', 'nobody', null],
        ],
      ),
      roster,
    );
    expect(v.errors.map((e) => `${e.row}: ${e.message}`)).toEqual([
      '2: role "boss" is not one of admin, supervisor, rep, ops, finance, after_sales, technical',
      '3: wecom SunYu already belongs to team member "sun"',
      '4: id "b" is also on row 3',
      '5: reports_to makes a loop (c → d → c)',
      '6: reports_to makes a loop (d → c → d)',
      '7: reports_to "nobody" is not a team member (on this sheet or in Baton)',
    ]);
  });
});
