// Word lists for synthetic corpora: an English-like vocabulary ordered from frequent to rare, common
// Chinese words, and the names (categories, authors, tags) a news site has. Pure: a seed in, lists out.

import { randomInt, type Random } from "./zipf.ts";

/** Frequent English words first (many are lunr stop words), so a Zipf draw over the list reads like text. */
const COMMON =
  "the of and to a in is that for it as was with be by on not he i this are or his from at which but have an they " +
  "you were her she there been one all we their has would when if so no will more about can up out them some into " +
  "other than then its time only new also people year two first after years way could over work back any most " +
  "government city said just many state world day week made where before public because through report market";

/** Words the sample queries and tags use, high in the ranking so they occur on many pages. */
const TOPICAL =
  "planning policy economy economic tax taxes reform budget school teacher students health hospital river bridge " +
  "train station airport energy solar wind power grid election vote council mayor housing rent climate weather " +
  "storm flood drought farm food price prices bank loan credit data privacy software server deploy deployment " +
  "deployed deploying cloud network chip robot science research museum music film festival football league coach " +
  "injury season history border treaty transport traffic water waste recycling court judge police crime";

const SYLLABLES = ("ba be bi bo bu da de di do du fa fe fi ka ke ki ko la le li lo lu ma me mi mo na ne ni no " +
  "ra re ri ro sa se si so ta te ti to va ve vi zo").split(" ");
const ENDINGS = ["", "", "", "s", "ed", "ing", "tion", "er", "ly", "ment", "al", "ness"];

/** Common Chinese words (news register). 城市 and 规划 are in it for the Chinese sample query. */
export const CHINESE_WORDS = (
  "城市 规划 发展 经济 政府 报告 技术 人工智能 数据 市场 教育 文化 交通 环境 能源 医疗 研究 学生 工作 社会 北京 上海 项目 " +
  "管理 安全 网络 服务 企业 政策 改革 农业 旅游 体育 音乐 电影 历史 科学 公共 设施 居民 住房 价格 银行 投资 国际 合作 地区 建设 " +
  "我们 他们 这个 一个 没有 已经 因为 所以 但是 如果 可以 需要 认为 表示 进行 通过 目前 今年 去年 明年 问题 情况 方面 时候 " +
  "国家 中国 世界 人民 生活 孩子 家庭 学校 老师 医院 医生 病人 健康 疫情 气候 天气 降雨 干旱 洪水 河流 森林 海洋 动物 植物 " +
  "公司 员工 工资 收入 消费 生产 产品 制造 工厂 出口 进口 贸易 增长 下降 提高 减少 增加 支持 反对 讨论 决定 计划 目标 " +
  "结果 影响 变化 原因 方法 方式 系统 平台 软件 硬件 手机 电脑 互联网 应用 用户 隐私 算法 芯片 机器人 电池 汽车 电动车 " +
  "火车 高铁 地铁 机场 港口 公路 桥梁 道路 建筑 房子 租金 房价 土地 农民 粮食 水果 蔬菜 食品 餐厅 咖啡 茶叶 " +
  "博物馆 图书馆 展览 艺术 作家 小说 诗歌 语言 文字 翻译 新闻 记者 媒体 电视 广播 节目 观众 比赛 球队 运动员 教练 冠军 " +
  "选举 投票 议会 法律 法院 法官 警察 犯罪 调查 证据 安全感 风险 危机 机会 挑战 未来 过去 现在 每天 每年 很多 一些 " +
  "重要 主要 不同 相同 新的 大型 小型 地方 中心 社区 街道 公园 广场 市民 游客 志愿者 专家 学者 大学 研究所 实验 " +
  "能源转型 太阳能 风电 电网 碳排放 污染 回收 垃圾 供水 污水 城市化 乡村 农村 县城 人口 老龄化 就业 失业 养老 医保"
).split(/\s+/);

/** Sections of the synthetic site: one folder each, Zipf-sized (the first is the largest). */
export const CATEGORIES = [
  "Economy", "Politics", "Technology", "Science", "Culture", "Sport", "Health", "World News", "Opinion", "Local",
  "Climate", "Business", "Education", "Travel", "Food", "Housing", "Transport", "Energy", "Law", "Media",
];

export const AUTHORS = [
  "Mara Lindqvist", "Helen Marsh", "Tomás Okafor", "Priya Raman", "Jonas Weber", "Aiko Tanaka", "Samuel Reyes",
  "Ingrid Novak", "Kwame Mensah", "Lucía Herrera", "Daniel Cohen", "Fatima Haddad", "Oliver Grant", "Nadia Petrova",
  "Chen Wei", "Li Na", "Zhang Min", "Wang Fang", "Ravi Kapoor", "Elena Rossi", "Marcus Hale", "Sofia Lund",
  "Yusuf Demir", "Grace Adebayo", "Pierre Laurent", "Hannah Fischer", "Diego Alvarez", "Emma Clarke",
];

/**
 * `size` distinct lower-case words: real frequent words first, then made-up ones built from syllables
 * (so every word is a plausible search term and none is in a stemmer's exception list).
 */
export function englishVocabulary(random: Random, size: number): string[] {
  return syllableVocabulary(random, size, `${COMMON} ${TOPICAL}`, SYLLABLES, ENDINGS);
}

/** `size` distinct words: those of `known` (space-separated) first, then random syllables plus an ending. */
export function syllableVocabulary(random: Random, size: number, known: string, syllables: readonly string[], endings: readonly string[]): string[] {
  const words = [...new Set(known.split(/\s+/))];
  const seen = new Set(words);
  while (words.length < size) {
    let word = "";
    const count = randomInt(random, 2, 4);
    for (let k = 0; k < count; k++) word += syllables[randomInt(random, 0, syllables.length - 1)];
    word += endings[randomInt(random, 0, endings.length - 1)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/**
 * `size` distinct tag names drawn from the vocabulary, skipping its most frequent words: mostly one word,
 * every fourth a two-word phrase ("solar wind"), as tags on news sites are.
 */
export function englishTagNames(random: Random, vocabulary: readonly string[], size: number): string[] {
  const skip = 40;
  const pick = () => vocabulary[randomInt(random, skip, Math.min(vocabulary.length - 1, skip + size * 2))];
  const names: string[] = [];
  const seen = new Set<string>();
  while (names.length < size) {
    const name = names.length % 4 === 3 ? `${pick()} ${pick()}` : pick();
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}

/** Chinese tag names: the common words, then two-word compounds of them. */
export function chineseTagNames(random: Random, size: number): string[] {
  const names = CHINESE_WORDS.slice(0, Math.min(size, CHINESE_WORDS.length));
  const seen = new Set(names);
  while (names.length < size) {
    const name = CHINESE_WORDS[randomInt(random, 0, CHINESE_WORDS.length - 1)] + CHINESE_WORDS[randomInt(random, 0, CHINESE_WORDS.length - 1)];
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}
