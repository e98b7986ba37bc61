/**
 * The workbook schema of product.md, in one declarative place: every table, its sheet names, its columns (key,
 * English and Chinese header, type, allowed values, required flag, range) and the columns that identify a row.
 * Nothing else in the product spells a table or column name; the typed rows of `types.ts` derive from this data.
 *
 * Identity (`id`): tables with a natural id use it (GoalID, ManagerID, …). Tables without one use a composite of
 * the columns that tell two rows apart (Curves: Curve + Point; Training: ManagerID + Course + Date; …), joined by
 * `ID_SEPARATOR` (see `rowId`). Deals use DealID + ManagerID because a split deal is one DealID on several rows,
 * one per credited manager. Surveys have no identity at all: responses are anonymous by design, so the table is
 * append-only (update and delete are refused).
 */
import { date, fraction, num, omittableText, oneOf, text } from "./columns";

// Words shared by several tables.
const DIRECTIONS = ["higher", "lower"] as const;
/** KPI Sources whose actual is derived from Customers, Interactions and Deals (the others are entered). */
export const DERIVED_SOURCES = [
  "deals.amount",
  "deals.count",
  "deals.winrate",
  "customers.new",
  "interactions.visits",
  "interactions.count",
] as const;
const SOURCES = ["manual", ...DERIVED_SOURCES] as const;
const SCORINGS = ["ratio", "curve", "step", "band"] as const;

const managerId = <const R extends boolean = true>(required?: R) =>
  text("ManagerID", "Manager ID", "客户经理编号", { required: (required ?? true) as R });
const period = text("Period", "Period", "期间", { required: true, format: "period" });

/** A rating on the 1–5 scale (a review's dimensions and overall, a person's potential). */
const level = <const K extends string>(key: K, en: string, zh: string) =>
  num(key, en, zh, { min: 1, max: 5 });

/**
 * Where an imported row came from (docs/import.md): the source and its own record id, so a re-import updates the
 * row instead of adding it again. Optional: older workbooks without them still read. Last in each CRM table.
 */
const IMPORT_ORIGIN = [
  omittableText("Source", "Source", "来源"),
  omittableText("SourceID", "Source ID", "来源记录编号"),
] as const;

/** The 19 tables of product.md and the add-in's own PayoutLocks and Audit, in the order set-up creates them. */
export const SCHEMA = {
  Managers: {
    sheet: { en: "Managers", zh: "客户经理" },
    id: ["ManagerID"],
    columns: [
      managerId(),
      text("Name", "Name", "姓名", { required: true }),
      text("Team", "Team", "团队"),
      text("Branch", "Branch", "支行"),
      text("Level", "Level", "职级"),
      text("Supervisor", "Supervisor", "直属上级"),
      text("Email", "Email", "邮箱", { format: "email" }),
      date("HireDate", "Hire date", "入职日期"),
      date("LeaveDate", "Leave date", "离职日期"),
      text("Plan", "Plan", "激励方案"),
      num("TargetBonus", "Target bonus", "目标奖金", { min: 0 }),
      text("Status", "Status", "状态"),
    ],
  },
  KPIs: {
    sheet: { en: "KPIs", zh: "指标库" },
    id: ["KPI"],
    columns: [
      text("KPI", "KPI", "指标代码", { required: true }),
      text("Name", "Name", "指标名称", { required: true }),
      text("Unit", "Unit", "单位"),
      oneOf("Direction", "Direction", "方向", DIRECTIONS),
      oneOf("Source", "Source", "数据来源", SOURCES),
      oneOf("Scoring", "Scoring", "计分方式", SCORINGS),
      fraction("Threshold", "Threshold", "门槛", { min: 0 }),
      fraction("Cap", "Cap", "封顶", { min: 0 }),
      text("Curve", "Curve", "曲线"),
      num("Step", "Step", "步长", { min: 0 }),
      num("PointsAbove", "Points above", "超额每步加分"),
      num("PointsBelow", "Points below", "未达每步扣分"),
      num("Band", "Band", "区间", { min: 0 }),
    ],
  },
  Goals: {
    sheet: { en: "Goals", zh: "目标" },
    id: ["GoalID"],
    columns: [
      text("GoalID", "Goal ID", "目标编号", { required: true }),
      managerId(),
      period,
      text("KPI", "KPI", "指标代码", { required: true }),
      text("Description", "Description", "目标描述"),
      num("Target", "Target", "目标值"),
      fraction("Weight", "Weight", "权重", { min: 0, max: 1 }),
      date("Due", "Due", "截止日期"),
      oneOf("Status", "Status", "状态", ["draft", "active", "done", "cancelled"]),
      text("ParentGoal", "Parent goal", "上级目标"),
      text("SetBy", "Set by", "制定人"),
      text("Note", "Note", "备注"),
    ],
  },
  Actuals: {
    sheet: { en: "Actuals", zh: "实际" },
    id: ["ManagerID", "Period", "KPI", "AsOf"],
    columns: [
      managerId(),
      period,
      text("KPI", "KPI", "指标代码", { required: true }),
      num("Value", "Value", "实际值", { required: true }),
      date("AsOf", "As of", "截至日期"),
      text("Source", "Source", "来源"),
      text("Note", "Note", "备注"),
    ],
  },
  Tasks: {
    sheet: { en: "Tasks", zh: "工作计划" },
    id: ["TaskID"],
    columns: [
      text("TaskID", "Task ID", "任务编号", { required: true }),
      managerId(),
      oneOf("Horizon", "Horizon", "计划周期", ["day", "week", "month"]),
      text("Title", "Title", "任务", { required: true }),
      text("Customer", "Customer", "客户"),
      date("Due", "Due", "截止日期"),
      oneOf("Status", "Status", "状态", ["todo", "doing", "done", "cancelled"]),
      date("DoneOn", "Done on", "完成日期"),
      oneOf("Priority", "Priority", "优先级", ["high", "normal", "low"]),
      text("GoalID", "Goal ID", "目标编号"),
      ...IMPORT_ORIGIN,
    ],
  },
  Customers: {
    sheet: { en: "Customers", zh: "客户" },
    id: ["CustomerID"],
    columns: [
      text("CustomerID", "Customer ID", "客户编号", { required: true }),
      text("Name", "Name", "客户名称", { required: true }),
      managerId(),
      text("Segment", "Segment", "客户分层"),
      text("Industry", "Industry", "行业"),
      date("Since", "Since", "建立关系日期"),
      text("Status", "Status", "状态"),
      ...IMPORT_ORIGIN,
    ],
  },
  Interactions: {
    sheet: { en: "Interactions", zh: "客户互动" },
    id: ["InteractionID"],
    columns: [
      text("InteractionID", "Interaction ID", "互动编号", { required: true }),
      text("CustomerID", "Customer ID", "客户编号"),
      managerId(),
      date("Date", "Date", "日期", { required: true }),
      oneOf("Type", "Type", "方式", ["visit", "call", "meeting", "email", "message"], { required: true }),
      text("Outcome", "Outcome", "结果"),
      text("Note", "Note", "备注"),
      text("NextStep", "Next step", "下一步"),
      date("NextDate", "Next date", "下次跟进日期"),
      ...IMPORT_ORIGIN,
    ],
  },
  Deals: {
    sheet: { en: "Deals", zh: "商机成交" },
    id: ["DealID", "ManagerID"],
    columns: [
      text("DealID", "Deal ID", "商机编号", { required: true }),
      text("CustomerID", "Customer ID", "客户编号"),
      managerId(),
      text("Product", "Product", "产品"),
      num("Amount", "Amount", "金额", { min: 0 }),
      oneOf("Stage", "Stage", "阶段", ["lead", "qualified", "proposal", "won", "lost"], { required: true }),
      date("CloseDate", "Close date", "成交日期"),
      fraction("Credit", "Credit", "业绩分成", { min: 0, max: 1 }),
      ...IMPORT_ORIGIN,
    ],
  },
  Reviews: {
    sheet: { en: "Reviews", zh: "绩效评估" },
    id: ["ReviewID"],
    columns: [
      text("ReviewID", "Review ID", "评估编号", { required: true }),
      managerId(),
      period,
      oneOf("Cycle", "Cycle", "评估周期", ["week", "month", "quarter", "year"], { required: true }),
      text("Reviewer", "Reviewer", "评估人"),
      oneOf("Role", "Role", "评估角色", ["self", "manager", "peer"], { required: true }),
      level("Workload", "Workload", "工作量"),
      level("Quality", "Quality", "工作质量"),
      level("Satisfaction", "Satisfaction", "客户满意度"),
      level("Attitude", "Attitude", "工作态度"),
      level("Teamwork", "Teamwork", "团队协作"),
      level("Innovation", "Innovation", "创新"),
      level("Overall", "Overall", "综合"),
      text("Strengths", "Strengths", "优点"),
      text("Improvements", "Improvements", "待改进"),
      text("Actions", "Actions", "行动计划"),
      oneOf("Status", "Status", "状态", ["draft", "submitted", "acknowledged"]),
      date("Date", "Date", "日期"),
      // A rating moved in calibration (a Ratings label) and why, on each counted review of the person in the
      // cycle (docs/reviews.md); the move is also an Audit line. Optional: older workbooks without them still read.
      omittableText("CalibratedRating", "Calibrated rating", "校准评级"),
      omittableText("CalibrationReason", "Calibration reason", "校准原因"),
    ],
  },
  Plans: {
    sheet: { en: "Plans", zh: "激励方案" },
    id: ["PlanID"],
    columns: [
      text("PlanID", "Plan ID", "方案编号", { required: true }),
      text("Name", "Name", "方案名称", { required: true }),
      oneOf("Kind", "Kind", "类型", ["bonus", "commission"], { required: true }),
      oneOf("Basis", "Basis", "计算基础", ["score", "kpi", "deals"]),
      text("BasisKPI", "Basis KPI", "基础指标"),
      oneOf("Method", "Method", "计算方法", ["marginal", "retro"]),
      text("Curve", "Curve", "曲线或阶梯"),
      num("Quota", "Quota", "定额", { min: 0 }),
      text("GateKPI", "Gate KPI", "门槛指标"),
      fraction("GateMin", "Gate minimum", "门槛最低完成率", { min: 0 }),
      num("Cap", "Cap", "封顶金额", { min: 0 }),
      date("From", "From", "生效日期"),
      date("To", "To", "失效日期"),
    ],
  },
  Curves: {
    sheet: { en: "Curves", zh: "曲线与阶梯" },
    id: ["Curve", "Point"],
    columns: [
      text("Curve", "Curve", "曲线名称", { required: true }),
      num("Point", "Point", "节点", { required: true }),
      num("Value", "Value", "数值", { required: true }),
    ],
  },
  Ratings: {
    sheet: { en: "Ratings", zh: "评级" },
    id: ["Label"],
    columns: [
      text("Label", "Label", "等级", { required: true }),
      num("MinScore", "Minimum score", "最低分", { required: true }),
      fraction("GuideShare", "Guide share", "指导比例", { min: 0, max: 1 }),
      num("BonusMultiplier", "Bonus multiplier", "奖金系数", { min: 0 }),
    ],
  },
  Payouts: {
    sheet: { en: "Payouts", zh: "奖金结算" },
    id: ["PayoutID"],
    columns: [
      text("PayoutID", "Payout ID", "结算编号", { required: true }),
      managerId(),
      period,
      text("PlanID", "Plan ID", "方案编号", { required: true }),
      num("Basis", "Basis", "计算基础"),
      fraction("Attainment", "Attainment", "完成率", { min: 0 }),
      num("Amount", "Amount", "金额"),
      num("Adjustment", "Adjustment", "调整"),
      oneOf("Status", "Status", "状态", ["draft", "approved", "locked"]),
      date("LockedOn", "Locked on", "锁定日期"),
      text("Checksum", "Checksum", "校验码"),
    ],
  },
  Recognition: {
    sheet: { en: "Recognition", zh: "表彰" },
    id: ["Date", "ManagerID", "Award"],
    columns: [
      date("Date", "Date", "日期", { required: true }),
      managerId(),
      text("Award", "Award", "奖项", { required: true }),
      text("Reason", "Reason", "事由"),
      text("By", "By", "颁发人"),
    ],
  },
  Training: {
    sheet: { en: "Training", zh: "培训" },
    id: ["ManagerID", "Course", "Date"],
    columns: [
      managerId(),
      text("Course", "Course", "课程", { required: true }),
      text("Topic", "Topic", "主题"),
      date("Date", "Date", "日期", { required: true }),
      num("Hours", "Hours", "学时", { min: 0 }),
      num("Score", "Score", "成绩", { min: 0, max: 100 }),
      text("Certificate", "Certificate", "证书"),
    ],
  },
  Careers: {
    sheet: { en: "Careers", zh: "职业发展" },
    id: ["ManagerID"],
    columns: [
      managerId(),
      text("CurrentLevel", "Current level", "当前职级"),
      text("NextLevel", "Next level", "目标职级"),
      oneOf("Readiness", "Readiness", "晋升准备度", ["now", "1y", "2y"]),
      level("Potential", "Potential", "潜力"),
      text("Mentor", "Mentor", "导师"),
      text("Plan", "Development plan", "发展计划"),
      date("TargetDate", "Target date", "目标日期"),
    ],
  },
  Meetings: {
    sheet: { en: "Meetings", zh: "沟通" },
    id: ["Date", "Kind", "ManagerID", "Topic"],
    columns: [
      date("Date", "Date", "日期", { required: true }),
      oneOf("Kind", "Kind", "类型", ["team", "one-on-one"], { required: true }),
      managerId(false),
      text("Topic", "Topic", "主题", { required: true }),
      text("Notes", "Notes", "纪要"),
      text("Actions", "Actions", "行动项"),
      text("Owner", "Owner", "负责人"),
      date("Due", "Due", "截止日期"),
    ],
  },
  Surveys: {
    sheet: { en: "Surveys", zh: "调查" },
    id: null,
    columns: [
      date("Date", "Date", "日期", { required: true }),
      oneOf("Kind", "Kind", "类型", ["enps", "satisfaction", "wellbeing"], { required: true }),
      text("Team", "Team", "团队", { required: true }),
      text("Question", "Question", "问题"),
      // eNPS answers are 0–10; satisfaction and wellbeing answers 1–5 (checked per row in validate.ts).
      num("Score", "Score", "分数", { required: true, min: 0, max: 10 }),
      text("Comment", "Comment", "意见"),
    ],
  },
  Settings: {
    sheet: { en: "Settings", zh: "设置" },
    id: ["Key"],
    columns: [text("Key", "Key", "设置项", { required: true }), text("Value", "Value", "值")],
  },
  // Add-in tables beyond product.md's list (docs/period-close.md): what a locked payout was computed from, so a
  // later edit can be listed "from → to", and the record of approvals, locks and unlocks.
  PayoutLocks: {
    sheet: { en: "Payout locks", zh: "结算锁定" },
    // A snapshot can be longer than one cell holds (32,767 characters): it is kept in numbered parts.
    id: ["PayoutID", "Part"],
    columns: [
      text("PayoutID", "Payout ID", "结算编号", { required: true }),
      num("Part", "Part", "分段", { required: true, min: 1, integer: true }),
      date("LockedOn", "Locked on", "锁定日期", { required: true }),
      text("Checksum", "Checksum", "校验码", { required: true }),
      text("Snapshot", "Snapshot", "锁定快照", { required: true }),
    ],
  },
  Audit: {
    sheet: { en: "Audit log", zh: "操作记录" },
    // A log is only ever added to: no identity, so update and delete are refused like Surveys. Each row is chained
    // to the one before it (Prev, Hash: src/workbook/audit.ts); a workbook set up before the chain has neither
    // column and is still read (its rows are reported as not chained).
    id: null,
    columns: [
      date("Date", "Date", "日期", { required: true }),
      oneOf(
        "Action",
        "Action",
        "操作",
        ["approve", "lock", "unlock", "import", "reopen", "copy", "calibrate", "add", "edit"],
        {
          required: true,
        },
      ),
      // Blank for an import (docs/import.md), a reopened review, copied goals or a customer added or edited in the
      // pane (named in Subject), which concern no payout.
      text("PayoutID", "Payout ID", "结算编号"),
      period,
      text("By", "By", "操作人"),
      text("Reason", "Reason", "原因"),
      text("Subject", "Subject", "对象"),
      text("Prev", "Previous hash", "上一行哈希"),
      text("Hash", "Row hash", "本行哈希"),
    ],
  },
  // How a CRM's deal stages read as KPI Desk's (docs/import.md): one row per source and stage label, editable.
  StageMap: {
    sheet: { en: "Stage map", zh: "阶段对照" },
    id: ["Source", "CrmStage"],
    columns: [
      text("Source", "Source", "来源", { required: true }),
      text("CrmStage", "CRM stage", "CRM 阶段", { required: true }),
      oneOf("Stage", "Stage", "阶段", ["lead", "qualified", "proposal", "won", "lost"], { required: true }),
    ],
  },
} as const;

/** Words of every enum value in both languages: what the task pane shows, and what reading also accepts. */
export const ENUM_LABELS: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  higher: { en: "Higher is better", zh: "越高越好" },
  lower: { en: "Lower is better", zh: "越低越好" },
  manual: { en: "Entered by hand", zh: "手工录入" },
  "deals.amount": { en: "Won deal amount", zh: "成交金额" },
  "deals.count": { en: "Won deal count", zh: "成交笔数" },
  "deals.winrate": { en: "Win rate", zh: "赢单率" },
  "customers.new": { en: "New customers", zh: "新增客户数" },
  "interactions.visits": { en: "Visits", zh: "拜访次数" },
  "interactions.count": { en: "Interactions", zh: "互动次数" },
  ratio: { en: "Ratio", zh: "完成率计分" },
  curve: { en: "Curve", zh: "曲线计分" },
  step: { en: "Step", zh: "阶梯加减分" },
  band: { en: "Band", zh: "区间计分" },
  draft: { en: "Draft", zh: "草稿" },
  active: { en: "Active", zh: "执行中" },
  done: { en: "Done", zh: "已完成" },
  cancelled: { en: "Cancelled", zh: "已取消" },
  day: { en: "Day", zh: "日" },
  week: { en: "Week", zh: "周" },
  month: { en: "Month", zh: "月" },
  quarter: { en: "Quarter", zh: "季度" },
  year: { en: "Year", zh: "年度" },
  todo: { en: "To do", zh: "待办" },
  doing: { en: "Doing", zh: "进行中" },
  high: { en: "High", zh: "高" },
  normal: { en: "Normal", zh: "中" },
  low: { en: "Low", zh: "低" },
  visit: { en: "Visit", zh: "拜访" },
  call: { en: "Call", zh: "电话" },
  meeting: { en: "Meeting", zh: "会面" },
  email: { en: "E-mail", zh: "邮件" },
  message: { en: "Message", zh: "消息" },
  lead: { en: "Lead", zh: "线索" },
  qualified: { en: "Qualified", zh: "已验证" },
  proposal: { en: "Proposal", zh: "方案" },
  won: { en: "Won", zh: "成交" },
  lost: { en: "Lost", zh: "丢单" },
  self: { en: "Self", zh: "自评" },
  manager: { en: "Manager", zh: "上级" },
  peer: { en: "Peer", zh: "同事" },
  submitted: { en: "Submitted", zh: "已提交" },
  acknowledged: { en: "Acknowledged", zh: "已确认" },
  bonus: { en: "Bonus", zh: "奖金" },
  commission: { en: "Commission", zh: "提成" },
  score: { en: "Score", zh: "综合得分" },
  kpi: { en: "KPI", zh: "单项指标" },
  deals: { en: "Deals", zh: "成交业绩" },
  marginal: { en: "Marginal", zh: "超额累进" },
  retro: { en: "Retroactive", zh: "全额累进" },
  approved: { en: "Approved", zh: "已审批" },
  locked: { en: "Locked", zh: "已锁定" },
  approve: { en: "Approve", zh: "审批" },
  lock: { en: "Lock", zh: "锁定" },
  unlock: { en: "Unlock", zh: "解锁" },
  import: { en: "Import", zh: "导入" },
  reopen: { en: "Reopen", zh: "重新打开" },
  copy: { en: "Copy goals", zh: "复制目标" },
  calibrate: { en: "Calibrate", zh: "校准" },
  add: { en: "Add customer", zh: "新增客户" },
  edit: { en: "Edit customer", zh: "修改客户" },
  now: { en: "Ready now", zh: "随时可晋升" },
  "1y": { en: "Within 1 year", zh: "1年内" },
  "2y": { en: "Within 2 years", zh: "2年内" },
  team: { en: "Team", zh: "团队会议" },
  "one-on-one": { en: "One-on-one", zh: "一对一" },
  enps: { en: "eNPS", zh: "员工推荐度" },
  satisfaction: { en: "Satisfaction", zh: "满意度" },
  wellbeing: { en: "Wellbeing", zh: "身心状态" },
};
