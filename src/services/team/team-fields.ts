// The team sheet's columns and the headings (en and zh) that mean them, matched the
// same way as the customer import's (src/services/import/mapping.ts).
import type { FieldDef } from '../import/fields.js';

export const TEAM_FIELDS: FieldDef[] = [
  {
    key: 'id',
    label: 'Member id (short handle)',
    required: true,
    synonyms: [
      'id',
      'member id',
      'handle',
      'username',
      'user id',
      'account',
      'login',
      '账号',
      '帐号',
      '用户名',
      '工号',
      '成员账号',
    ],
  },
  {
    key: 'name',
    label: 'Name',
    required: true,
    synonyms: ['name', 'full name', 'display name', '姓名', '名字', '成员', '名称'],
  },
  { key: 'role', label: 'Role', synonyms: ['role', 'position', 'job', 'title', '角色', '职位', '岗位', '职务'] },
  {
    key: 'reports_to',
    label: 'Reports to',
    synonyms: [
      'reports to',
      'reports_to',
      'supervisor',
      'manager',
      'boss',
      'leader',
      '上级',
      '主管',
      '直属上级',
      '汇报对象',
      '领导',
    ],
  },
  { key: 'language', label: 'Language (zh/en)', synonyms: ['language', 'lang', 'locale', '语言'] },
  {
    key: 'wecom',
    label: 'WeCom userid',
    synonyms: [
      'wecom',
      'wecom userid',
      'wecom id',
      'wework',
      'work wechat',
      '企业微信',
      '企业微信账号',
      '企微',
      '企微账号',
      '企业微信userid',
    ],
  },
  {
    key: 'dingtalk',
    label: 'DingTalk userId/staffId',
    synonyms: [
      'dingtalk',
      'dingtalk userid',
      'dingtalk id',
      'staffid',
      'staff id',
      'ding',
      '钉钉',
      '钉钉账号',
      '钉钉userid',
      '钉钉id',
    ],
  },
  {
    key: 'whatsapp',
    label: 'WhatsApp numbers',
    synonyms: ['whatsapp', 'whats app', 'wa', 'whatsapp number', 'whatsapp numbers', 'whatsapp号码'],
  },
];

export const TEAM_HEADERS = TEAM_FIELDS.map((f) => f.key);
