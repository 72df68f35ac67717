// Nouns that never name what a customer buys: information, money, terms,
// people, documents, abstract qualities. A candidate product whose head is
// one of these is dropped.
import { terms } from './terms.js';

export const NON_GOODS_ZH = terms(`
  信息 | 资料 | 详情 | 情况 | 消息 | 问题 | 意思 | 想法 | 建议 | 需求 | 要求 | 标准 | 规格 | 参数 | 型号 | 款式 | 款 | 样式 | 风格
  预算 | 价格 | 价钱 | 报价 | 单价 | 总价 | 成本 | 费用 | 运费 | 定金 | 订金 | 尾款 | 货款 | 钱 | 折扣 | 优惠 | 利润 | 发票 | 合同 | 订单 | 单子 | 新单 | 项目 | 账期
  牌子 | 品牌 | 商标 | logo | 标志 | 包装 | 外箱 | 样品 | 样衣 | 样 | 颜色 | 尺寸 | 尺码 | 大小 | 材质 | 材料 | 面料 | 质量 | 品质 | 环保 | 数量 | 交期 | 货期 | 时间 | 日期
  客户 | 老板 | 工厂 | 公司 | 供应商 | 厂家 | 厂商 | 卖家 | 买家 | 商家 | 代理 | 代理商 | 经销商 | 合作伙伴 | 伙伴 | 朋友 | 老师 | 同事 | 财务 | 业务 | 团队 | 市场 | 国家 | 地址 | 仓库 | 港口 | 码头
  东西 | 货 | 货物 | 产品 | 商品 | 现货 | 库存 | 图片 | 照片 | 视频 | 图纸 | 文件 | 目录 | 画册 | 设计 | 设计稿 | 稿子 | 证书 | 认证 | 报告 | 单号 | 快递 | 物流 | 船期 | 柜子
  起订量 | 起订 | 最小起订量 | 牌 | 唛 | 唛头 | 车唛 | 标 | 字 | 色 | 码 | 号 | 版 | 图 | 稿 | 单 | 柜 | 箱唛
  亚马逊 | 淘宝 | 天猫 | 京东 | 平台 | 店铺 | 网店 | 连锁店 | 门店 | 超市 | 酒店 | 医院 | 学校 | 工地 | 展会 | 补货 | 返单 | 订货 | 出货 | 发货 | 交货
  出口 | 进口 | 内销 | 外贸 | 营业执照 | 执照 | 账号 | 账户 | 银行账号 | 银行 | 联系方式 | 电话 | 邮箱 | 回复 | 答复 | 进度 | 状态 | 计划 | 安排 | 方案 | 服务 | 售后 | 保修 | 退款 | 索赔 | 关税 | 税 | 保险 | 清关 | 手续 | 重量 | 体积 | 毛重 | 净重 | 汇率 | 佣金 | 机会 | 帮助 | 支持 | 意见 | 反馈 | 回复 | 耐心 | 时间表
  美规 | 欧规 | 英规 | 澳规 | 日规 | 韩规 | 国标 | 欧标 | 美标 | 英标 | 日标 | 行标 | 企标 | 国际标准 | 标配 | 规 | 底 | 底色
  一下 | 试试 | 试一下 | 试下 | 看看 | 一些 | 多少 | 什么 | 这个 | 那个 | 这款 | 那款 | 这批 | 那批 | 时候 | 今天 | 明天 | 下周 | 月底 | 常亮 | 颜色款
  礼拜 | 星期 | 打样 | 礼品 | 老公 | 老婆 | 含税
`);
export const NON_GOODS_EN = terms(`
  information | info | details | detail | question | idea | requirement | requirements | specification | specifications | spec | specs | model | style | design | designs | artwork | drawing | picture | pictures | photo | photos | video | catalogue | catalog | brochure
  budget | price | prices | pricing | quote | quotation | offer | cost | costs | fee | fees | freight | deposit | balance | payment | money | discount | invoice | contract | order | orders | project | terms
  brand | branding | logo | logos | packing | packaging | sample | samples | colour | color | colors | colours | scent | scents | flavour | flavours | flavor | flavors | size | sizes | material | quality | quantity | delivery | shipment | time | date | lead time
  customer | customers | client | clients | factory | company | friend | brother | sir | madam | team | market | country | address | warehouse | port
  weekend | holiday | holidays | festival | morning | evening | night | trip | visit | meeting | call | news | family | health
  certificate | certificates | certification | cert | report | test | standard | page | pages | days | day | weeks | minimum | maximum | lakh | lakhs | crore | family | friends | people | team | mm | cm | inch | size | thickness | version | market | amazon | website | link | group | line
  number | numbers | schedule | contact | contacts | reply | replies | answer | response | feedback | update | updates | weight | dimensions | dimension | code | codes | account | patience | lots | lot | list | license | licence | registration | notification | document | documents | file | files | form | copy | receipt | tracking | confirmation | approval | chance | opportunity | solution | service | services | advice | suggestion | reference | ref | plan | deadline | progress | status | problem | issue | issues | complaint | refund | claim | percentage | percent | amount | total | volume | profit | margin | commission | rate | rates | tax | duty | duties | customs | clearance | insurance | visa | asap | reply | attention | answer | favour | favor | look | idea | ideas | feedback
  export | import | exporting | standard | standards | spec | grade | type | version | us plug | eu plug | uk plug
  moq | lead | sku | skus | hs | goods | product | products | item | items | stuff | thing | things | something | anything | example | chat | message | whatsapp | email | stock | supplier | manufacturer | partner | business | help | support | moment | today | tomorrow | week | month
  start | husband | wife | son | daughter | merchandise | containers | container | name | names
`);
