/**
 * Words the sample team is made of, in both languages: names, teams, KPIs, products, phrases. This is sample
 * *content* (what a realistic branch's tables hold), not interface text, so it lives beside the generator rather
 * than in the i18n catalogues.
 */

/** The sample's vocabulary in one language. */
export interface SampleVocabulary {
  surnames: readonly string[];
  givenNames: readonly string[];
  /** Builds a full name from a given name and a surname. */
  fullName: (given: string, surname: string) => string;
  branch: string;
  branchHead: string;
  teams: readonly { name: string; lead: string }[];
  levels: readonly string[];
  status: { active: string; prospect: string; dormant: string };
  segments: { key: string; corporate: string; sme: string; retail: string };
  industries: readonly string[];
  companyPrefixes: readonly string[];
  companySuffix: (prefix: string, industry: string) => string;
  products: { corporate: readonly string[]; retail: readonly string[]; sme: readonly string[] };
  kpis: Readonly<Record<SampleKpi, { name: string; unit: string }>>;
  outcomes: readonly string[];
  nextSteps: readonly string[];
  notes: readonly string[];
  tasks: { day: readonly string[]; week: readonly string[]; month: readonly string[] };
  strengths: readonly string[];
  improvements: readonly string[];
  actions: readonly string[];
  courses: readonly { course: string; topic: string; certificate: string | null }[];
  careerPlans: readonly string[];
  teamTopics: readonly string[];
  oneOnOneTopics: readonly string[];
  meetingNotes: readonly string[];
  meetingActions: readonly string[];
  awards: { top: string; customer: string; teamwork: string };
  awardReasons: { top: string; customer: string; teamwork: string };
  questions: { enps: string; satisfaction: string; wellbeing: string };
  comments: readonly string[];
  plans: { bonus: string; commissionCorporate: string; commissionSme: string };
  goalText: (kpiName: string, target: string) => string;
  emailDomain: string;
}

/** The KPI codes of the sample library. */
export type SampleKpi =
  | "NEW_DEPOSITS"
  | "LOANS"
  | "WEALTH_SALES"
  | "REVENUE"
  | "DEALS_WON"
  | "WIN_RATE"
  | "NEW_CUSTOMERS"
  | "VISITS"
  | "SATISFACTION"
  | "COMPLAINT_RATE"
  | "CHURN";

export const EN: SampleVocabulary = {
  surnames: [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Jackson",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
  ],
  givenNames: [
    "Emma",
    "Liam",
    "Olivia",
    "Noah",
    "Ava",
    "James",
    "Sophia",
    "William",
    "Mia",
    "Benjamin",
    "Charlotte",
    "Lucas",
    "Amelia",
    "Henry",
    "Harper",
    "Alexander",
    "Evelyn",
    "Daniel",
    "Abigail",
    "Michael",
    "Emily",
    "Ethan",
    "Ella",
    "Jacob",
    "Grace",
    "Logan",
    "Chloe",
    "Samuel",
    "Lily",
    "David",
  ],
  fullName: (given, surname) => `${given} ${surname}`,
  branch: "Riverside Branch",
  branchHead: "Margaret Collins",
  teams: [
    { name: "Corporate Banking", lead: "Robert Hughes" },
    { name: "Retail & Wealth", lead: "Linda Foster" },
    { name: "SME Banking", lead: "Kevin Reed" },
  ],
  levels: ["Account Manager I", "Account Manager II", "Senior Account Manager", "Principal Account Manager"],
  status: { active: "Active", prospect: "Prospect", dormant: "Dormant" },
  segments: { key: "Key", corporate: "Corporate", sme: "SME", retail: "Retail" },
  industries: [
    "Manufacturing",
    "Trading",
    "Technology",
    "Logistics",
    "Healthcare",
    "Construction",
    "Food",
    "Agriculture",
  ],
  companyPrefixes: [
    "Northwind",
    "Bluewater",
    "Summit",
    "Redwood",
    "Granite",
    "Silverline",
    "Harbor",
    "Pinecrest",
    "Evergreen",
    "Ironbridge",
    "Lakeside",
    "Brightstone",
    "Oakridge",
    "Clearpath",
    "Westfield",
    "Highland",
    "Riverbend",
    "Sunrise",
    "Crescent",
    "Maple",
  ],
  companySuffix: (prefix, industry) => `${prefix} ${industry} Ltd`,
  products: {
    corporate: [
      "Working capital loan",
      "Trade finance",
      "Cash management",
      "Corporate deposit",
      "FX hedging",
    ],
    retail: ["Wealth management product", "Mutual fund", "Insurance", "Time deposit", "Mortgage"],
    sme: ["SME credit line", "Equipment loan", "Merchant acquiring", "Payroll service", "Invoice financing"],
  },
  kpis: {
    NEW_DEPOSITS: { name: "New deposits", unit: "CNY" },
    LOANS: { name: "Loans disbursed", unit: "CNY" },
    WEALTH_SALES: { name: "Wealth product sales", unit: "CNY" },
    REVENUE: { name: "Revenue won", unit: "CNY" },
    DEALS_WON: { name: "Deals won", unit: "deals" },
    WIN_RATE: { name: "Win rate", unit: "%" },
    NEW_CUSTOMERS: { name: "New customers", unit: "customers" },
    VISITS: { name: "Customer visits", unit: "visits" },
    SATISFACTION: { name: "Customer satisfaction", unit: "points (1-5)" },
    COMPLAINT_RATE: { name: "Complaint rate", unit: "%" },
    CHURN: { name: "Customer churn", unit: "%" },
  },
  outcomes: [
    "Needs confirmed",
    "Proposal requested",
    "Follow-up agreed",
    "Decision next month",
    "Price objection",
    "Introduced to CFO",
    "Renewal discussed",
    "No need at present",
  ],
  nextSteps: [
    "Send proposal",
    "Arrange site visit",
    "Prepare pricing",
    "Call back",
    "Invite to product seminar",
  ],
  notes: [
    "Discussed cash flow for next quarter",
    "Customer expanding to a new plant",
    "Asked about online banking",
    "Compared our rates with a competitor",
    "Met the new finance manager",
    "Reviewed existing facilities",
  ],
  tasks: {
    day: ["Call back {customer}", "Visit {customer}", "Send rate sheet to {customer}", "Update deal notes"],
    week: ["Weekly pipeline review", "Prepare 3 proposals", "Five customer visits", "Clean up CRM records"],
    month: ["Reach the monthly deposit target", "Close two key deals", "Onboard three new customers"],
  },
  strengths: [
    "Strong relationships with key accounts; customers ask for them by name.",
    "Prepares thoroughly for visits and follows up within a day.",
    "Closes complex deals by bringing product specialists in early.",
    "Reliable and calm under pressure at quarter end.",
  ],
  improvements: [
    "Pipeline is thin for next quarter; too few new leads.",
    "CRM notes are often late, so the team lacks context.",
    "Proposals focus on price rather than the customer's problem.",
    "Follow-ups after visits slip when the week is busy.",
  ],
  actions: [
    "Book two prospecting visits per week; review pipeline every Friday.",
    "Log every interaction the same day.",
    "Shadow a senior colleague on two value-based proposals.",
    "Block Monday morning for follow-ups.",
  ],
  courses: [
    { course: "Consultative selling", topic: "Sales skills", certificate: null },
    { course: "Credit risk fundamentals", topic: "Risk", certificate: "Credit Risk Level 1" },
    { course: "Anti-money laundering 2026", topic: "Compliance", certificate: "AML Certificate" },
    { course: "Wealth products update", topic: "Product knowledge", certificate: null },
    { course: "Financial planning", topic: "Wealth", certificate: "AFP" },
    { course: "Negotiation workshop", topic: "Sales skills", certificate: null },
  ],
  careerPlans: [
    "Lead two key accounts independently; mentor a new colleague.",
    "Complete the credit risk certificate; run the quarterly product seminar.",
    "Grow the SME portfolio by 20%; present at the branch meeting.",
    "Take over a key account team; join the talent programme.",
  ],
  teamTopics: ["Weekly pipeline review", "Product update", "Quarter plan", "Customer complaints review"],
  oneOnOneTopics: ["Monthly check-in", "Goal progress", "Career conversation", "Workload and wellbeing"],
  meetingNotes: [
    "Reviewed open deals and next steps.",
    "Agreed priorities for the coming weeks.",
    "Discussed training needs and workload.",
    "Went through customer feedback.",
  ],
  meetingActions: [
    "Update forecast by Friday",
    "Share the new rate sheet",
    "Book product training",
    "Call the three dormant key customers",
  ],
  awards: {
    top: "Top performer of the quarter",
    customer: "Customer champion",
    teamwork: "Team player award",
  },
  awardReasons: {
    top: "Highest composite score in the team",
    customer: "Outstanding customer feedback",
    teamwork: "Helped colleagues close two split deals",
  },
  questions: {
    enps: "How likely are you to recommend this team as a place to work?",
    satisfaction: "I am satisfied with my work.",
    wellbeing: "My workload is manageable.",
  },
  comments: ["More product training, please.", "Too many reports at month end.", "Great team spirit.", ""],
  plans: {
    bonus: "Account manager bonus 2026",
    commissionCorporate: "Corporate commission 2026",
    commissionSme: "SME commission 2026",
  },
  goalText: (kpiName, target) => `${kpiName}: reach ${target} this quarter`,
  emailDomain: "example.com",
};

export const ZH: SampleVocabulary = {
  surnames: [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "黄",
    "赵",
    "吴",
    "周",
    "徐",
    "孙",
    "马",
    "朱",
    "胡",
    "郭",
    "何",
    "高",
    "林",
    "罗",
    "郑",
    "梁",
    "谢",
    "宋",
    "唐",
    "许",
    "韩",
    "冯",
    "邓",
    "曹",
  ],
  givenNames: [
    "磊",
    "娜",
    "伟",
    "芳",
    "敏",
    "静",
    "强",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "霞",
    "平",
    "刚",
    "婷",
    "浩",
    "宇",
    "欣怡",
    "子涵",
    "晨",
    "思远",
    "雨桐",
    "俊杰",
    "晓东",
    "海燕",
  ],
  fullName: (given, surname) => `${surname}${given}`,
  branch: "城东支行",
  branchHead: "陈建国",
  teams: [
    { name: "公司金融部", lead: "周振华" },
    { name: "零售财富部", lead: "林慧敏" },
    { name: "普惠金融部", lead: "郑永强" },
  ],
  levels: ["初级客户经理", "中级客户经理", "高级客户经理", "资深客户经理"],
  status: { active: "活跃", prospect: "潜在", dormant: "休眠" },
  segments: { key: "重点", corporate: "对公", sme: "小微", retail: "零售" },
  industries: ["制造", "贸易", "科技", "物流", "医药", "建筑", "餐饮", "农业"],
  companyPrefixes: [
    "恒信",
    "鑫源",
    "华泰",
    "宏达",
    "瑞丰",
    "金桥",
    "东方",
    "新宇",
    "盛世",
    "天成",
    "永安",
    "博远",
    "中联",
    "汇通",
    "安泰",
    "长江",
    "海纳",
    "泰和",
    "嘉禾",
    "万通",
  ],
  companySuffix: (prefix, industry) => `${prefix}${industry}有限公司`,
  products: {
    corporate: ["流动资金贷款", "贸易融资", "现金管理", "对公存款", "汇率避险"],
    retail: ["理财产品", "基金", "保险", "定期存款", "住房贷款"],
    sme: ["小微信用贷", "设备贷款", "收单业务", "代发工资", "应收账款融资"],
  },
  kpis: {
    NEW_DEPOSITS: { name: "新增存款", unit: "元" },
    LOANS: { name: "贷款投放", unit: "元" },
    WEALTH_SALES: { name: "理财销售额", unit: "元" },
    REVENUE: { name: "成交收入", unit: "元" },
    DEALS_WON: { name: "成交笔数", unit: "笔" },
    WIN_RATE: { name: "赢单率", unit: "%" },
    NEW_CUSTOMERS: { name: "新增客户", unit: "户" },
    VISITS: { name: "客户拜访", unit: "次" },
    SATISFACTION: { name: "客户满意度", unit: "分（1-5）" },
    COMPLAINT_RATE: { name: "投诉率", unit: "%" },
    CHURN: { name: "客户流失率", unit: "%" },
  },
  outcomes: [
    "需求已确认",
    "客户索要方案",
    "约定再次跟进",
    "下月决策",
    "对价格有异议",
    "已引荐财务总监",
    "讨论续作",
    "暂无需求",
  ],
  nextSteps: ["发送方案", "安排实地走访", "准备报价", "电话回访", "邀请参加产品说明会"],
  notes: [
    "沟通下季度资金安排",
    "客户计划新建厂房",
    "咨询网银功能",
    "与同业利率做了比较",
    "拜访新任财务经理",
    "梳理存量授信",
  ],
  tasks: {
    day: ["回访{customer}", "拜访{customer}", "向{customer}发送利率表", "更新商机记录"],
    week: ["每周商机复盘", "准备 3 份方案", "完成 5 次客户拜访", "整理客户档案"],
    month: ["完成月度存款目标", "落地两笔重点业务", "新开发三户客户"],
  },
  strengths: [
    "与重点客户关系稳固，客户点名要求对接。",
    "拜访前准备充分，一天内完成跟进。",
    "善于及早引入产品专家，拿下复杂业务。",
    "季末压力下依然稳定可靠。",
  ],
  improvements: [
    "下季度商机储备不足，新线索偏少。",
    "客户记录经常滞后，团队缺少背景信息。",
    "方案偏重价格，未聚焦客户痛点。",
    "工作繁忙时拜访后的跟进容易拖延。",
  ],
  actions: [
    "每周安排两次新客户拜访；每周五复盘商机。",
    "每次客户互动当天录入。",
    "跟随资深同事完成两份价值型方案。",
    "每周一上午固定用于跟进。",
  ],
  courses: [
    { course: "顾问式销售", topic: "销售技能", certificate: null },
    { course: "信用风险基础", topic: "风险管理", certificate: "信用风险一级" },
    { course: "2026 反洗钱培训", topic: "合规", certificate: "反洗钱合格证" },
    { course: "理财产品更新", topic: "产品知识", certificate: null },
    { course: "个人理财规划", topic: "财富管理", certificate: "AFP 金融理财师" },
    { course: "谈判技巧工作坊", topic: "销售技能", certificate: null },
  ],
  careerPlans: [
    "独立维护两户重点客户；带教一名新同事。",
    "取得信用风险证书；主讲季度产品说明会。",
    "小微客户规模增长 20%；在支行例会上分享经验。",
    "牵头重点客户团队；进入人才储备计划。",
  ],
  teamTopics: ["每周商机复盘", "产品更新", "季度计划", "客户投诉复盘"],
  oneOnOneTopics: ["月度沟通", "目标进度", "职业发展谈话", "工作量与身心状态"],
  meetingNotes: [
    "复盘在途商机及下一步。",
    "明确未来几周工作重点。",
    "讨论培训需求与工作量。",
    "逐条梳理客户反馈。",
  ],
  meetingActions: ["周五前更新预测", "分享新版利率表", "报名产品培训", "联系三户休眠重点客户"],
  awards: { top: "季度业绩之星", customer: "客户服务之星", teamwork: "团队协作奖" },
  awardReasons: { top: "团队综合得分第一", customer: "客户评价突出", teamwork: "协助同事完成两笔联合业务" },
  questions: {
    enps: "您有多大可能向朋友推荐在本团队工作？",
    satisfaction: "我对目前的工作感到满意。",
    wellbeing: "我的工作量是可承受的。",
  },
  comments: ["希望多一些产品培训。", "月末报表太多。", "团队氛围很好。", ""],
  plans: {
    bonus: "客户经理奖金方案 2026",
    commissionCorporate: "对公提成方案 2026",
    commissionSme: "普惠提成方案 2026",
  },
  goalText: (kpiName, target) => `本季度${kpiName}达到 ${target}`,
  emailDomain: "example.cn",
};
