// `baton team import|export|list|add|set|link|unlink|leave|sync`: the roster from the
// command line. Every change goes through src/services/team, the same code the
// members page and chat commands use.
import { basename } from 'node:path';
import { BatonError } from '../core/errors.js';
import { IDENTITY_KINDS, identityValues, type IdentityKind, type RosterMember } from '../core/roster.js';
import { runTeamImport } from '../services/team/run-team-import.js';
import { rosterCsv, rosterXlsx } from '../services/team/team-export.js';
import { addMember, editMember, leaveMember, linkMember, unlinkMember } from '../services/team/manage-team.js';
import { runDbCommand, type DbCommand, type DbCommandEnv } from './db-command.js';

export const TEAM_USAGE = `usage: baton team <command>

  import FILE [--map column=field …] [--dry-run]
                 members from .xlsx/.csv; headings id/账号, name/姓名, role/角色, reports_to/上级,
                 language/语言, wecom/企业微信, dingtalk/钉钉, whatsapp. All rows or none.
  export [FILE]  the roster as CSV (stdout, or FILE.csv / FILE.xlsx), in the import's headings
  list           everyone, with their role, supervisor and linked identities
  add ID --name NAME --role ROLE [--reports-to ID] [--lang zh|en] [--wecom USERID] [--dingtalk USERID] [--whatsapp +NUMBER]
  set ID [--role ROLE] [--reports-to ID|-] [--name NAME] [--lang zh|en]
  link ID --wecom USERID | --dingtalk USERID | --whatsapp +NUMBER
  unlink ID --wecom USERID | --dingtalk USERID | --whatsapp +NUMBER
  leave ID       mark left; their supervisor is told to hand their customers over
  sync wecom|dingtalk   read the organisation's directory now (also nightly)

roles: admin, supervisor, rep, ops, finance, after_sales, technical
`;

interface Parsed {
  pos: string[];
  opts: Map<string, string[]>;
  flags: Set<string>;
}

function parse(argv: string[]): Parsed {
  const p: Parsed = { pos: [], opts: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dry-run' || a === '--help' || a === '-h') {
      p.flags.add(a);
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const k = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`--${k} needs a value`);
      p.opts.set(k, [...(p.opts.get(k) ?? []), v]);
    } else p.pos.push(a);
  }
  return p;
}

class UsageError extends Error {}

const one = (p: Parsed, k: string) => p.opts.get(k)?.at(-1);

function links(p: Parsed): { kind: IdentityKind; value: string }[] {
  return IDENTITY_KINDS.flatMap((kind) => (p.opts.get(kind) ?? []).map((value) => ({ kind, value })));
}

export function rosterTable(roster: RosterMember[]): string {
  const rows = roster.map((m) => [
    m.id,
    m.name,
    m.role,
    m.reportsTo ?? '-',
    m.language,
    m.active ? 'active' : `left ${m.leftAt?.toISOString().slice(0, 10) ?? ''}`,
    [
      ...IDENTITY_KINDS.flatMap((k) =>
        identityValues(m.identities, k).map((v) => `${k}:${k === 'whatsapp' ? '+' : ''}${v}`),
      ),
      ...m.identities.filter((i) => i.platform === 'console').map((i) => `console:${i.externalId}`),
    ].join(' ') || '(no identity: cannot use Baton in chat yet)',
  ]);
  const head = ['id', 'name', 'role', 'reports to', 'lang', 'status', 'identities'];
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(w[i]! - width(c)))).join('  ');
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

async function sub(env: DbCommandEnv, p: Parsed): Promise<number> {
  const { repos, io, now } = env;
  const [cmd, id] = p.pos;
  const need = (what: string) => {
    if (!id) throw new UsageError(`${cmd}: ${what} is missing`);
    return id;
  };
  switch (cmd) {
    case 'import': {
      const file = need('FILE');
      const report = await runTeamImport(repos, {
        bytes: io.readFile(file),
        filename: basename(file),
        overrides: p.opts.get('map'),
        dryRun: p.flags.has('--dry-run'),
      });
      io.err(
        `${file}: ${report.rows} rows of team members\ncolumns: ${report.headers.map((h, i) => `${h} → ${report.mapping[i] ?? '(ignored)'}`).join(', ')}\n`,
      );
      if (report.errors.length) {
        for (const m of report.messages) io.err(`${m}\n`);
        io.err(`${report.errors.length} error(s): nothing was imported.\n`);
        return 1;
      }
      if (!report.committed) {
        io.out(`dry run: all ${report.rows} rows are valid; nothing written.\n`);
        return 0;
      }
      const c = report.counts!;
      io.out(
        `imported team: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.identities} identities newly linked\n`,
      );
      return 0;
    }
    case 'export': {
      const roster = await repos.members.listRoster();
      if (!id) {
        io.out(rosterCsv(roster));
        return 0;
      }
      io.writeFile(id, /\.xlsx$/i.test(id) ? await rosterXlsx(roster) : rosterCsv(roster));
      io.err(`wrote ${roster.length} members to ${id}\n`);
      return 0;
    }
    case 'list': {
      const roster = await repos.members.listRoster();
      io.out(
        roster.length
          ? rosterTable(roster)
          : 'no team members yet: baton team add ID --name NAME --role admin, or baton team import team.csv\n',
      );
      return 0;
    }
    case 'add': {
      const name = one(p, 'name');
      const role = one(p, 'role');
      if (!name || !role) throw new UsageError('add needs --name and --role');
      const m = await addMember(repos, {
        id: need('ID'),
        name,
        role,
        reportsTo: one(p, 'reports-to'),
        language: one(p, 'lang') ?? one(p, 'language'),
        links: links(p),
      });
      io.out(
        `added ${m.id} (${m.name}, ${m.role}${m.reportsTo ? `, reports to ${m.reportsTo}` : ''})\n${rosterTable([m])}`,
      );
      return 0;
    }
    case 'set': {
      const boss = one(p, 'reports-to');
      const m = await editMember(repos, need('ID'), {
        role: one(p, 'role'),
        name: one(p, 'name'),
        language: one(p, 'lang') ?? one(p, 'language'),
        reportsTo: boss === undefined ? undefined : boss === '-' || boss === '' ? null : boss,
      });
      io.out(rosterTable([m]));
      return 0;
    }
    case 'link':
    case 'unlink': {
      const ls = links(p);
      if (ls.length === 0) throw new UsageError(`${cmd} needs --wecom, --dingtalk or --whatsapp`);
      for (const l of ls) {
        if (cmd === 'link') await linkMember(repos, need('ID'), l.kind, l.value);
        else if ((await unlinkMember(repos, need('ID'), l.kind, l.value)) === 0)
          io.err(`${id} had no ${l.kind} ${l.value}\n`);
      }
      io.out(rosterTable((await repos.members.listRoster()).filter((m) => m.id === id!.toLowerCase())));
      return 0;
    }
    case 'leave': {
      const r = await leaveMember(repos, need('ID'), now, null, {
        zh: '管理员用 baton team leave 标记',
        en: 'marked by baton team leave',
      });
      io.out(
        r.changed
          ? `${r.member.id} marked left${r.notices.length ? `; ${r.notices.length} notice(s) queued to start the handover` : ''}\n`
          : `${r.member.id} had left already\n`,
      );
      return 0;
    }
    case 'sync': {
      const { syncCommand } = await import('./team-sync.js');
      return syncCommand(env, id);
    }
    default:
      throw new UsageError(cmd ? `unknown team command "${cmd}"` : 'no team command given');
  }
}

export const teamCommand: DbCommand = async (env, argv) => {
  try {
    const p = parse(argv);
    if (p.flags.has('--help') || p.flags.has('-h')) {
      env.io.out(TEAM_USAGE);
      return 0;
    }
    return await sub(env, p);
  } catch (err) {
    if (err instanceof UsageError) {
      env.io.err(`baton team: ${err.message}\n\n${TEAM_USAGE}`);
      return 2;
    }
    if (err instanceof BatonError) {
      env.io.err(`baton team: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
};

export async function run(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(TEAM_USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  return runDbCommand('team', argv, teamCommand);
}
