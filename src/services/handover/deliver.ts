// The package reaches each recipient in their direct chat with Baton: a summary
// they can act on, the link to the full package, and how to sign or ask.
import { tr } from '../../core/i18n/index.js';
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
        ? tr(lang, 'handover.deliver.handover_hands_the_stage_to', {
            batchId: d.batchId,
            fromName,
            stageLabel: stageLabel(d.stage ?? '', lang),
          })
        : d.kind === 'departure'
          ? tr(lang, 'handover.deliver.handover_is_leaving_customer_s', {
              batchId: d.batchId,
              fromName,
              length: d.packages.length,
            })
          : tr(lang, 'handover.deliver.handover_hands_a_customer_over', { batchId: d.batchId, fromName })
      : tr(lang, 'handover.deliver.handover_a_key_customer_changes', {
          batchId: d.batchId,
          stageLabel: stageLabel(d.role, lang),
        });
  const body =
    d.packages.length === 1 ? summariseCustomer(d.packages[0]!, lang, env.tz) : summariseMany(d.packages, lang);
  const text = [
    head,
    ...body,
    `${tr(lang, 'handover.deliver.full_package')}: ${packageLink(env.baseUrl, d.batchId, d.token)}`,
    tr(lang, 'handover.deliver.reply_ack_to_sign_off', { batchId: d.batchId, fmtTime: fmtTime(d.due, env.tz) }),
  ].join('\n');
  return {
    chatId: chat.id,
    text,
    kind: 'handover',
    dedupeKey: `handover-pkg:${d.batchId}:${d.recipient.id}`,
    at: env.now,
  };
}
