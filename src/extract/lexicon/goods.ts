// Goods nouns: heads of product names in export and domestic B2B trade, and
// materials that qualify them. They go into jieba's user dictionary (so 法兰
// and 蓝牙 are not read as places) and tell the product grammar that a noun
// phrase names goods. Any noun can still be a product; these only help.
import { terms } from './terms.js';

export const GOODS_ZH = terms(`
  T恤 | 恤衫 | 衬衫 | 卫衣 | 连帽衫 | 夹克 | 外套 | 羽绒服 | 棉服 | 冲锋衣 | 风衣 | 西装 | 裤子 | 牛仔裤 | 短裤 | 裙子 | 连衣裙 | 睡衣 | 内衣 | 袜子 | 帽子 | 棒球帽 | 围巾 | 手套 | 工作服 | 校服 | 制服 | 泳衣 | 瑜伽服 | 运动服
  鞋 | 鞋子 | 拖鞋 | 凉鞋 | 运动鞋 | 靴子 | 雨靴 | 鞋垫 | 鞋扣 | 鞋花
  包 | 背包 | 书包 | 双肩包 | 手提袋 | 购物袋 | 帆布袋 | 无纺布袋 | 自封袋 | 拉链袋 | 编织袋 | 麻袋 | 垃圾袋 | 钱包 | 行李箱 | 拉杆箱 | 化妆包
  保温杯 | 水杯 | 杯子 | 马克杯 | 陶瓷杯 | 玻璃杯 | 纸杯 | 咖啡杯 | 水壶 | 运动水壶 | 保温壶 | 焖烧杯 | 饭盒 | 便当盒 | 保鲜盒 | 砧板 | 菜板 | 刀具 | 菜刀 | 刀 | 剪刀 | 锅 | 炒锅 | 不粘锅 | 平底锅 | 汤锅 | 碗 | 盘子 | 餐具 | 筷子 | 勺子 | 叉子 | 茶具 | 茶壶 | 酒杯 | 吸管
  电水壶 | 烧水壶 | 电饭煲 | 空气炸锅 | 微波炉 | 烤箱 | 搅拌机 | 榨汁机 | 破壁机 | 咖啡机 | 吹风机 | 电吹风 | 卷发棒 | 直板夹 | 剃须刀 | 电动牙刷 | 加湿器 | 净化器 | 风扇 | 电风扇 | 取暖器 | 空调 | 冰箱 | 洗衣机 | 吸尘器 | 扫地机 | 油烟机 | 抽油烟机 | 燃气灶 | 热水器
  灯 | 灯具 | 灯泡 | 灯管 | 灯带 | 灯条 | 面板灯 | 筒灯 | 射灯 | 路灯 | 太阳能路灯 | 投光灯 | 工矿灯 | 台灯 | 吊灯 | 吸顶灯 | 植物灯 | 霓虹灯 | 手电筒 | 头灯
  手机壳 | 手机膜 | 钢化膜 | 充电器 | 充电宝 | 移动电源 | 数据线 | 耳机 | 蓝牙耳机 | 音箱 | 蓝牙音箱 | 键盘 | 鼠标 | 鼠标垫 | 显示器 | 摄像头 | 监控 | 路由器 | 电池 | 锂电池 | 电源 | 适配器 | 插座 | 插头 | 排插 | 开关 | 电线 | 电缆 | 光伏板 | 太阳能板 | 逆变器 | 控制器
  雨刮器 | 雨刷 | 刹车片 | 减震器 | 轮胎 | 轮毂 | 火花塞 | 滤清器 | 机油滤 | 空滤 | 车灯 | 脚垫 | 座套 | 方向盘套 | 车衣 | 行车记录仪
  螺丝 | 螺栓 | 螺母 | 垫片 | 铆钉 | 钉子 | 法兰 | 阀门 | 球阀 | 闸阀 | 蝶阀 | 止回阀 | 管件 | 钢管 | 水管 | 接头 | 轴承 | 齿轮 | 电机 | 马达 | 水泵 | 泵 | 油缸 | 液压缸 | 气缸 | 机床 | 车床 | 焊机 | 电焊机 | 发电机 | 压缩机 | 叉车 | 工具 | 电钻 | 扳手 | 钳子 | 锯片 | 砂轮 | 磨片 | 钻头
  沙发 | 椅子 | 办公椅 | 桌子 | 餐桌 | 书桌 | 床 | 床垫 | 枕头 | 被子 | 床单 | 四件套 | 毛巾 | 浴巾 | 窗帘 | 地毯 | 地垫 | 瓷砖 | 地板 | 门 | 柜子 | 衣柜 | 鞋柜 | 货架 | 置物架 | 衣架 | 镜子 | 花瓶 | 相框 | 蜡烛 | 香薰
  玩具 | 毛绒玩具 | 公仔 | 积木 | 拼图 | 娃娃 | 宠物玩具 | 狗玩具 | 猫砂 | 宠物床 | 牵引绳 | 婴儿车 | 推车 | 童车 | 奶瓶 | 尿不湿 | 纸尿裤
  口罩 | 手套 | 防护服 | 湿巾 | 纸巾 | 卫生纸 | 牙刷 | 梳子 | 化妆刷 | 指甲油 | 口红 | 面膜 | 洗发水 | 沐浴露 | 护手霜 | 香水 | 软管 | 瓶子 | 玻璃瓶 | 塑料瓶 | 喷雾瓶 | 泵头 | 瓶盖
  纸箱 | 彩盒 | 礼盒 | 标签 | 贴纸 | 胶带 | 包装袋 | 气泡袋 | 托盘
  伞 | 雨伞 | 折叠伞 | 自动伞 | 太阳伞 | 雨衣 | 帐篷 | 睡袋 | 登山杖 | 渔具 | 鱼竿 | 自行车 | 滑板 | 头盔 | 护膝 | 哑铃 | 瑜伽垫 | 跑步机
  蚊帐 | 帆布 | 面料 | 布料 | 纱线 | 拉链 | 纽扣 | 织带 | 蕾丝
  手表 | 首饰 | 项链 | 耳环 | 戒指 | 手链 | 眼镜 | 太阳镜 | 钥匙扣 | 徽章 | 奖牌 | 笔 | 圆珠笔 | 笔记本 | 文具 | 打印机 | 硒鼓 | 墨盒
`);

export const GOODS_EN = terms(`
  t-shirt | t-shirts | tshirt | tee | shirt | hoodie | jacket | coat | jeans | trousers | pants | shorts | dress | sock | cap | hat | scarf | glove | uniform | apron | jersey | sweater
  shoe | sneaker | slipper | sandal | boot | insole | charm
  bag | backpack | tote | pouch | wallet | suitcase | luggage | sack
  mug | cup | tumbler | bottle | flask | kettle | pot | pan | wok | bowl | plate | dish | tray | board | knife | fork | spoon | chopstick | straw | lunchbox | container | jar | lid | glass | teapot | cookware | tableware | cutlery | dinnerware
  blender | mixer | juicer | toaster | oven | fryer | cooker | dryer | straightener | shaver | toothbrush | humidifier | purifier | fan | heater | fridge | refrigerator | vacuum | hood | stove | washer
  lamp | light | bulb | tube | strip | panel | downlight | spotlight | streetlight | floodlight | sign | torch | flashlight
  case | charger | cable | earphone | earbud | headphone | headset | speaker | keyboard | mouse | monitor | camera | router | battery | adapter | socket | plug | switch | wire | inverter | controller | module | sensor | power bank
  wiper | brake | pad | absorber | tyre | tire | rim | filter | spark plug | mat | seat cover
  bolt | nut | screw | washer | rivet | nail | flange | valve | fitting | pipe | bearing | gear | motor | pump | cylinder | lathe | machine | welder | generator | compressor | forklift | tool | drill | wrench | blade | disc
  sofa | chair | table | desk | bed | mattress | pillow | duvet | sheet | towel | curtain | carpet | rug | tile | floor | door | cabinet | shelf | rack | hanger | mirror | vase | frame | candle
  toy | plush | doll | puzzle | block | stroller | pram | diaper | nappy | bib | leash | collar | chew
  mask | wipe | tissue | brush | comb | polish | lipstick | shampoo | lotion | cream | perfume | sprayer | dispenser
  carton | box | label | sticker | tape | pallet
  umbrella | raincoat | tent | helmet | bicycle | bike | scooter | skateboard | dumbbell
  charcoal | briquette | firewood | pellet
  net | canvas | fabric | yarn | zipper | button | ribbon | lace
  watch | necklace | earring | ring | bracelet | sunglasses | keychain | badge | medal | pen | notebook | printer | cartridge
  capacitor | resistor | inductor | transistor | diode | relay | fuse | transformer | thermostat | breaker | connector | terminal | antenna
  grinder | saw | hammer | chisel | spanner | plier | pliers | screwdriver | sander | jigsaw | nailer | jack | ladder | clamp | hose | nozzle | faucet | tap | sink | basin | toilet
  utensil | spatula | ladle | whisk | grater | peeler | kettlebell | glove | goggles | respirator | apron | envelope | wrapper | bucket | basket | crate | hook | hinge | handle | lock
`);

/** Materials: spec values, and modifiers inside a product name (纯棉T恤, bamboo cutting board). */
export const MATERIALS_ZH = terms(`
  纯棉 | 全棉 | 棉 | 涤纶 | 涤棉 | 尼龙 | 氨纶 | 亚麻 | 真丝 | 丝绸 | 羊毛 | 羊绒 | 竹纤维 | 莫代尔 | 牛津布 | 帆布 | 无纺布 | 摇粒绒 | 珊瑚绒 | 牛仔布 | 灯芯绒 | 毛毡
  不锈钢 | 304不锈钢 | 316不锈钢 | 201不锈钢 | 冷轧钢 | 热轧钢 | 镀锌钢 | 镀锌板 | 碳钢 | 合金钢 | 铝合金 | 铝 | 黄铜 | 紫铜 | 铜 | 锌合金 | 球墨铸铁 | 铸铁 | 铸钢 | 钛合金 | 铁
  硅胶 | 食品级硅胶 | 橡胶 | 食品级橡胶 | 天然橡胶 | 乳胶 | 实木 | 橡木 | 胡桃木 | 松木 | 榉木 | 竹 | 竹子 | 藤 | 藤编 | 密度板 | 多层板 | 陶瓷 | 骨瓷 | 玻璃 | 高硼硅玻璃 | 钢化玻璃 | 真皮 | 牛皮 | 皮革 | PU皮 | 人造革 | 亚克力 | 大理石 | 石英 | 水晶 | 真人发 | 牛皮纸 | 瓦楞纸 | 白卡纸
  天丝 | 雪纺 | 棉麻 | 法兰绒 | 天鹅绒 | 丝绒 | 毛呢 | 短毛绒 | 再生涤纶 | 记忆棉 | 白鸭绒 | 白鹅绒 | 头层牛皮 | 二层皮 | 羊皮 | 超纤皮 | PVC皮 | 漆皮 | 麂皮
  锰钢 | 弹簧钢 | 冷轧板 | 纯铜 | 磷铜 | 钨钢 | 樟子松 | 杉木 | 柚木 | 白橡木 | 红橡木 | 黑胡桃 | 桦木 | 橡胶木 | 水曲柳 | 刨花板 | 颗粒板 | 胶合板 | 花岗岩 | 石英石 | 岩板
  马口铁 | 胶木 | 密胺 | 塑料 | 塑胶 | 全新料 | 新料 | 原生料 | 再生料 | 回料 | 高白料 | 晶白料 | 普白料 | 超白料 | 乳白料 | 铜版纸 | 灰板 | 白卡 | 牛卡纸 | 双胶纸 | 特种纸 | 新骨瓷 | 强化瓷 | 丁腈 | 氯丁橡胶
`);
export const MATERIALS_EN = terms(`
  cotton | organic cotton | polyester | human hair | nylon | spandex | linen | silk | wool | cashmere | bamboo | bamboo fiber | denim | canvas | fleece | felt | leather | genuine leather | pu leather | faux leather | oxford
  stainless steel | steel | carbon steel | galvanized steel | aluminium | aluminum | brass | copper | zinc alloy | iron | cast iron | titanium
  silicone | food grade silicone | rubber | natural rubber | latex | wood | wooden | solid wood | oak | walnut | pine | beech | acacia | rattan | mdf | plywood | ceramic | porcelain | stoneware | glass | borosilicate glass | tempered glass | acrylic | marble | crystal | kraft paper
  acetate | enamel | enamelled steel | coconut shell | hardwood | tinplate | bakelite | melamine
  abs | pvc | pet | tpu | tpr | eva | pp | pe | pc | pu | hdpe | ldpe
`);

/**
 * Last characters (or words) of Chinese material names the list above does not hold: 高碳钢,
 * 楠竹, 桑蚕丝, 法式蕾丝. Read only where a material stands (rules/material-value.ts).
 */
export const MATERIAL_HEADS_ZH = terms(
  `钢 | 铁 | 铜 | 铝 | 锌 | 合金 | 木 | 竹 | 丝 | 棉 | 麻 | 革 | 瓷 | 绒 | 纤维 | 塑料 | 硅胶 | 橡胶`,
);

/**
 * Parts of goods a material is said of, right after the material word and ending its
 * clause: "锌合金面板", "高碳钢车架". The material is the spec; the part is no product.
 */
export const MATERIAL_PARTS_ZH = terms(`
  面板 | 面 | 车架 | 架子 | 框架 | 骨架 | 外壳 | 壳体 | 机身 | 主体 | 底座 | 支架 | 把手 | 手柄 | 表带 | 表壳 | 镜框 | 镜腿 | 鞋面 | 鞋底 | 内胆 | 外层 | 内层 | 杯身 | 瓶身 | 盖子 | 桌面 | 桌腿 | 层板 | 刀身 | 刀柄 | 底板 | 侧板 | 背板
`);

/** Trade words jieba would otherwise cut or tag wrongly (法兰 and 蓝牙 as places). */
export const TRADE_TERMS_ZH = terms(`
  法兰 | 蓝牙 | 球阀 | 不锈钢 | 镀锌 | 丝印 | 移印 | 烫金 | 镭雕 | 激光雕刻 | 热转印 | 开模 | 模具 | 打样 | 大货 | 中性包装 | 彩盒 | 白盒 | 外箱 | 唛头 | 箱唛 | 柜 | 高柜 | 平柜 | 拼柜 | 散货
`);

/**
 * Last characters of Chinese goods nouns (酒瓶, 收纳箱, 羽绒服, 雨刮器): a noun
 * phrase whose head ends in one reads as goods even when the word itself is
 * not listed above. Characters that end common non-goods words too (线 of 在线,
 * 表 of 代表) are left out.
 */
export const GOODS_HEAD_CHARS_ZH = terms(`
  瓶 | 杯 | 壶 | 碗 | 盘 | 锅 | 灯 | 箱 | 盒 | 袋 | 包 | 垫 | 毯 | 被 | 枕 | 衣 | 服 | 裤 | 裙 | 衫 | 鞋 | 靴 | 帽 | 袜
  套 | 壳 | 膜 | 管 | 阀 | 泵 | 机 | 器 | 仪 | 架 | 柜 | 椅 | 凳 | 桌 | 床 | 板 | 砖 | 布 | 笔 | 刀 | 剪 | 伞 | 镜
  链 | 扣 | 绳 | 球 | 胎 | 钉 | 轴 | 网 | 罩 | 帘 | 巾 | 梳 | 刷 | 锁 | 铃 | 扇 | 缸 | 桶 | 罐 | 筐 | 篮 | 夹 | 钳
  具 | 钻 | 封 | 筒 | 锤 | 锯 | 凿 | 铲 | 盆 | 勺 | 叉 | 筷 | 碟 | 篓 | 贴 | 膏 | 霜 | 液 | 剂 | 胶 | 漆 | 芯 | 轮 | 杆
  柄 | 艇 | 篷 | 窗 | 灶 | 炉 | 煲 | 秤 | 笼 | 筛 | 琴 | 鼓 | 屏 | 盖 | 塞 | 棒 | 针 | 饰 | 簧
  闸 | 梯 | 枪 | 镯 | 坠 | 簪 | 毡 | 褥 | 蜡 | 皂 | 纸 | 钩
`);

/**
 * Words that qualify goods without naming them (加厚, 无线, 商用, waterproof):
 * kept inside a product name, never its head. jieba tags some as names or
 * verbs (加厚/nr), so the product grammar reads them from this list.
 */
export const GOODS_MODIFIERS_ZH = terms(`
  加厚 | 加大 | 加长 | 加宽 | 超薄 | 超大 | 迷你 | 便携 | 便携式 | 折叠 | 可折叠 | 伸缩 | 无线 | 有线 | 蓝牙 | 智能 | 电动 | 手动 | 自动 | 全自动 | 半自动
  商用 | 家用 | 工业 | 工业用 | 医用 | 车载 | 户外 | 室内 | 儿童 | 婴儿 | 成人 | 男士 | 女士 | 男款 | 女款 | 童装 | 宠物 | 一次性 | 可重复使用 | 环保型
  防水 | 防滑 | 防尘 | 防晒 | 防风 | 防摔 | 防爆 | 保温 | 保冷 | 隔热 | 耐高温 | 耐磨 | 透明 | 磨砂 | 大号 | 中号 | 小号 | 大容量 | 轻量 | 高端 | 定制款 | 新款 | 经典款
`);
