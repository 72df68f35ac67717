// First run in production: with no admin yet nobody can manage the team, and every
// sender would be told "not registered". Start-up says exactly what to run.
import type { Repositories } from '../../deps.js';

export async function firstRunNote(repos: Repositories): Promise<string | undefined> {
  if ((await repos.members.countActiveAdmins()) > 0) return undefined;
  const members = (await repos.members.listRoster()).filter((m) => m.active).length;
  return [
    members === 0 ? 'No team members yet, and no admin.' : `There is no admin among the ${members} team members.`,
    'Create the first admin (use your own WeCom userid, DingTalk userId or WhatsApp number):',
    '  npx baton team add admin --name "Your Name" --role admin --wecom YOUR_USERID',
    'then bring the rest of the team in from a sheet (headings id, name, role, reports_to, language, wecom, dingtalk, whatsapp):',
    '  npx baton team import team.csv',
    'or from the WeCom / DingTalk directory: npx baton team sync wecom',
    'This works while the server runs.',
  ].join('\n');
}
