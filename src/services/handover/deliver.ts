// The package reaches each recipient in their direct chat with Baton: a summary
// they can act on, the link to the full package, and how to sign or ask.
import { t } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import type { HandoverPackage } from '../../core/handover/package.js';
import { fmtTime, stageLabel, summariseCustomer, summariseMany } from './render.js';
import { packageLink, type HandoverEnv, type Notice } from './types.js';

export interface Delivery {
  batchId: string;
  kind: 'customer' | 'departure' | 'stage';
  stage?: string;
  from: Member | undefined;
  actor: Member;
  recipient: Member;
  /** 'receiver', or the stage the recipient is responsible for (tier-A co-signers). */
  role: string;
  token: string;
  packages: HandoverPackage[];
  due: Date;
}

export async function deliverPackage(env: HandoverEnv, d: Delivery): Promise<Notice | undefined> {
  const chat = await env.repos.team.findDirectChat(d.recipient.id);
  if (!chat) return undefined;
  const lang = chat.language ?? d.recipient.language;
  const fromName = d.from?.name ?? d.actor.name;
  const head =
    d.role === 'receiver'
      ? d.kind === 'stage'
        ? t(
            lang,
            `📦 交接 ${d.batchId}：${fromName} 把${stageLabel(d.stage ?? '', lang)}阶段交给你。`,
            `📦 Handover ${d.batchId}: ${fromName} hands the ${stageLabel(d.stage ?? '', lang)} stage to you.`,
          )
        : d.kind === 'departure'
          ? t(
              lang,
              `📦 交接 ${d.batchId}：${fromName} 离岗，${d.packages.length} 家客户交给你。`,
              `📦 Handover ${d.batchId}: ${fromName} is leaving; ${d.packages.length} customer(s) go to you.`,
            )
          : t(
              lang,
              `📦 交接 ${d.batchId}：${fromName} 把客户交给你。`,
              `📦 Handover ${d.batchId}: ${fromName} hands a customer over to you.`,
            )
      : t(
          lang,
          `📦 交接 ${d.batchId}：重点客户换人，你作为${stageLabel(d.role, lang)}负责人需要一起签收。`,
          `📦 Handover ${d.batchId}: a key customer changes hands; as its ${stageLabel(d.role, lang)} responsible you sign off too.`,
        );
  const body =
    d.packages.length === 1 ? summariseCustomer(d.packages[0]!, lang, env.tz) : summariseMany(d.packages, lang);
  const text = [
    head,
    ...body,
    `${t(lang, '完整交接包', 'Full package')}: ${packageLink(env.baseUrl, d.batchId, d.token)}`,
    t(
      lang,
      `回复“确认接收”签收（或 /ack ${d.batchId}）；有疑问直接在这里问，或 /ask ${d.batchId} 问题；拒绝请 /refuse ${d.batchId} 原因。截止 ${fmtTime(d.due, env.tz)}。`,
      `Reply "ack" to sign off (or /ack ${d.batchId}); ask a question right here or with /ask ${d.batchId} …; refuse with /refuse ${d.batchId} reason. Due ${fmtTime(d.due, env.tz)}.`,
    ),
  ].join('\n');
  return {
    chatId: chat.id,
    text,
    kind: 'handover',
    dedupeKey: `handover-pkg:${d.batchId}:${d.recipient.id}`,
    at: env.now,
  };
}
