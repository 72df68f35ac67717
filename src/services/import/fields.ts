// What each kind of import understands: the fields, which are required, and the
// column headings (zh and en) teams use for them in their own sheets.
export const IMPORT_KINDS = ['customers', 'orders', 'followups'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface FieldDef {
  key: string;
  label: string;
  required?: boolean;
  /** Headings that mean this field; compared after normalising case, spaces and punctuation. */
  synonyms: string[];
}

const CUSTOMER_REF: FieldDef = {
  key: 'customer', label: 'Customer (code or name)', required: true,
  synonyms: ['customer', 'customer name', 'client', 'company', 'buyer', 'account', 'customer code', 'client code',
    '客户', '客户名称', '客户名', '公司', '公司名称', '客户编号', '客户代码', '客户编码', '买家', '采购商'],
};

export const FIELDS: Record<ImportKind, FieldDef[]> = {
  customers: [
    { key: 'name', label: 'Customer name', required: true,
      synonyms: ['customer', 'customer name', 'name', 'company', 'company name', 'client', 'client name', 'account', 'buyer',
        '客户', '客户名称', '客户名', '公司', '公司名称', '名称', '买家', '采购商'] },
    { key: 'code', label: 'Customer code', synonyms: ['code', 'customer code', 'client code', 'customer no', 'customer id', 'id', '客户编号', '客户代码', '客户编码', '编号', '代码'] },
    { key: 'aliases', label: 'Aliases', synonyms: ['alias', 'aliases', 'short name', 'nickname', 'aka', '别名', '简称', '昵称'] },
    { key: 'tier', label: 'Tier (A–D)', synonyms: ['tier', 'level', 'grade', 'class', 'rating', 'customer level', '等级', '客户等级', '级别', '分级', '客户分级', '类别'] },
    { key: 'owner', label: 'Owner (team member)', synonyms: ['owner', 'rep', 'sales', 'salesperson', 'sales rep', 'account manager', 'responsible', '负责人', '业务员', '销售', '跟进人', '客户经理', '归属'] },
    { key: 'stage', label: 'Stage', synonyms: ['stage', 'status', 'lifecycle', 'pipeline stage', '阶段', '状态', '客户阶段', '客户状态'] },
    { key: 'country', label: 'Country', synonyms: ['country', 'region', 'market', 'country/region', '国家', '国家地区', '地区', '市场'] },
    { key: 'language', label: 'Language (zh/en)', synonyms: ['language', 'lang', '语言'] },
    { key: 'notes', label: 'Notes', synonyms: ['notes', 'note', 'remark', 'remarks', 'comment', 'comments', 'memo', '备注', '说明', '附注'] },
    { key: 'contact_name', label: 'Contact name', synonyms: ['contact', 'contact name', 'contact person', 'person', 'attn', '联系人', '联系人姓名', '姓名', '对接人'] },
    { key: 'contact_title', label: 'Contact title', synonyms: ['title', 'position', 'job title', 'role', '职位', '职务', '头衔'] },
    { key: 'phone', label: 'Phone', synonyms: ['phone', 'tel', 'telephone', 'mobile', 'cell', 'phone number', '电话', '手机', '手机号', '联系电话', '电话号码'] },
    { key: 'email', label: 'Email', synonyms: ['email', 'e-mail', 'mail', 'email address', '邮箱', '邮件', '电子邮箱', '电子邮件'] },
    { key: 'wechat', label: 'WeChat', synonyms: ['wechat', 'weixin', 'wechat id', '微信', '微信号'] },
    { key: 'whatsapp', label: 'WhatsApp', synonyms: ['whatsapp', 'whats app', 'wa', 'whatsapp number'] },
  ],
  orders: [
    CUSTOMER_REF,
    { key: 'order_no', label: 'Order number', synonyms: ['order no', 'order number', 'order', 'order id', 'po', 'po no', 'po number', 'invoice no', 'pi no', '订单号', '订单编号', '单号', '合同号', '发票号'] },
    { key: 'date', label: 'Order date', required: true, synonyms: ['date', 'order date', 'ordered', 'ordered at', 'po date', '日期', '下单日期', '订单日期', '签约日期'] },
    { key: 'amount', label: 'Amount', required: true, synonyms: ['amount', 'total', 'value', 'order amount', 'order value', 'sum', 'price', '金额', '订单金额', '总金额', '合同金额', '总价'] },
    { key: 'currency', label: 'Currency', synonyms: ['currency', 'curr', 'ccy', '币种', '货币'] },
    { key: 'amount_cny', label: 'Amount in CNY', synonyms: ['amount cny', 'amount rmb', 'cny', 'rmb', 'cny amount', '人民币金额', '金额人民币', '折合人民币'] },
    { key: 'status', label: 'Status', synonyms: ['status', 'state', 'order status', '状态', '订单状态'] },
    { key: 'shipped_at', label: 'Shipped on', synonyms: ['shipped', 'ship date', 'shipped at', 'shipping date', 'etd', '发货日期', '出货日期'] },
  ],
  followups: [
    CUSTOMER_REF,
    { key: 'date', label: 'Date', required: true, synonyms: ['date', 'time', 'contact date', 'follow up date', 'followup date', 'when', '日期', '时间', '跟进日期', '跟进时间', '联系日期'] },
    { key: 'member', label: 'By (team member)', synonyms: ['by', 'owner', 'rep', 'sales', 'member', 'salesperson', '跟进人', '负责人', '业务员', '销售'] },
    { key: 'channel', label: 'Channel', synonyms: ['channel', 'method', 'type', 'via', 'way', '方式', '渠道', '跟进方式', '联系方式'] },
    { key: 'summary', label: 'Summary', synonyms: ['summary', 'notes', 'note', 'content', 'details', 'result', 'remark', '内容', '跟进内容', '摘要', '记录', '备注', '结果'] },
    { key: 'next_at', label: 'Next follow-up', synonyms: ['next', 'next date', 'next follow up', 'next followup', 'next contact', '下次跟进', '下次跟进日期', '下次联系', '下次联系日期'] },
  ],
};

export function fieldKeys(kind: ImportKind): string[] {
  return FIELDS[kind].map((f) => f.key);
}
