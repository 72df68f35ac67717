// The short help: what Baton does in chat, with examples in the asker's language.
import type { Lang } from '../../../core/language.js';

export function helpText(lang: Lang): string {
  return lang === 'zh'
    ? [
        'Baton 可以：',
        '- 转发或粘贴客户聊天记录 → 整理客户需求（带原话），有变化会通知相关群',
        '- 问："ACME 要什么？" "ACME 交货期是哪天？" "ACME 这周有什么变化？" "我有哪些客户？"',
        '- 更正："不对，交货期是12月10日"  /fix ACME packaging neutral  "删除ACME的logo要求"',
        '- 记录跟进："今天电话跟进了ACME，下周一再联系"；分级："ACME 是A类客户"',
        '- 订阅：/subscribe ACME  /subscribe 交货期  /unsubscribe …',
        '- 命令：/need 客户  /changes 客户  /customers  /help',
      ].join('\n')
    : [
        'Baton can:',
        "- read a forwarded or pasted customer chat → the customer's needs, each with their words; changes are sent to the teams that care",
        '- answer: "what does ACME need?" "what\'s ACME\'s delivery date?" "what changed for ACME this week?" "my customers"',
        '- take corrections: "no, the delivery date is Dec 10"  /fix ACME packaging neutral  "remove the logo requirement for ACME"',
        '- log follow-ups: "Called ACME today, follow up next Monday"; tiers: "set ACME tier A"',
        '- subscriptions: /subscribe ACME  /subscribe delivery_date  /unsubscribe …',
        '- commands: /need <customer>  /changes <customer>  /customers  /help',
      ].join('\n');
}
