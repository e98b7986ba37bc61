/**
 * The exports the import recognises by their headers (docs/import.md), in each source's own UI language, and
 * custom column maps for anything else. Header lists were written from each product's documented export
 * columns; a header matches ignoring case, spaces, punctuation and a question number (see `headerKey`). Pure.
 */
import { KpiError } from "../core/errors";
import type { TableRows } from "../model";
import { headerKey, type SourceTable } from "./source";

/** What a CRM column means to the import. */
export type CrmField =
  | "id"
  | "owner"
  | "name"
  | "customer"
  | "amount"
  | "stage"
  | "closeDate"
  | "date"
  | "type"
  | "title"
  | "note"
  | "outcome"
  | "industry"
  | "segment"
  | "status"
  | "since"
  | "due"
  | "priority"
  | "product";

/** The tables a CRM import writes to. */
export type CrmTable = "Customers" | "Deals" | "Interactions" | "Tasks";

/** A kind of interaction. */
export type InteractionType = TableRows["Interactions"]["Type"];

/** A CRM export the import knows. */
export interface CrmProfile {
  readonly kind: "crm";
  /** e.g. `zoho.deals`; a saved map's own name. */
  readonly id: string;
  /** Written to the Source column: `zoho`, `fxiaoke`, or a saved map's source name. */
  readonly source: string;
  readonly table: CrmTable;
  /** Accepted headers of each field. */
  readonly fields: Readonly<Partial<Record<CrmField, readonly string[]>>>;
  /** Fields whose header must be present for the profile to match. */
  readonly required: readonly CrmField[];
  /** The interaction type of every row (Zoho Calls are calls), when the file has no type column. */
  readonly fixedType?: InteractionType;
  /** Fields whose values, joined, identify a record when the export has no record id column. */
  readonly derivedId?: readonly CrmField[];
}

/** A survey export: identifying columns are listed so they are never read beyond what the import needs. */
export interface SurveyProfile {
  readonly kind: "survey";
  /** `forms`, `wjx`, or a saved survey map's name. */
  readonly id: string;
  readonly source: string;
  /** Headers that must all be present. */
  readonly required: readonly string[];
  /** The submit time (only its day is ever used). */
  readonly submitted: readonly string[];
  /** Columns that identify a respondent or describe the submission: never written, never shown. */
  readonly identifying: readonly string[];
  /** A column map's questions and team column: when given, no other column is read (the rest may identify). */
  readonly readsOnly?: readonly string[];
}

/** Any profile. */
export type Profile = CrmProfile | SurveyProfile;

const ZOHO_ID = ["Record Id", "Record ID", "记录 Id", "记录ID", "记录编号"];
const ZOHO_RELATED = ["Related To", "What Id", "相关对象", "关联到"];

/** The built-in CRM exports. */
export const CRM_PROFILES: readonly CrmProfile[] = [
  {
    kind: "crm",
    id: "zoho.deals",
    source: "zoho",
    table: "Deals",
    fields: {
      id: ZOHO_ID,
      owner: ["Deal Owner", "商机所有者", "商机负责人"],
      name: ["Deal Name", "商机名称"],
      customer: ["Account Name", "客户名称"],
      amount: ["Amount", "金额"],
      stage: ["Stage", "阶段"],
      closeDate: ["Closing Date", "结束日期", "截止日期", "成交日期"],
      product: ["Type", "类型"],
    },
    required: ["id", "owner", "name", "stage"],
  },
  {
    kind: "crm",
    id: "zoho.accounts",
    source: "zoho",
    table: "Customers",
    fields: {
      id: ZOHO_ID,
      owner: ["Account Owner", "客户所有者", "客户负责人"],
      name: ["Account Name", "客户名称"],
      industry: ["Industry", "行业"],
      segment: ["Account Type", "客户类型"],
      since: ["Created Time", "创建时间"],
    },
    required: ["id", "owner", "name"],
  },
  {
    kind: "crm",
    id: "zoho.calls",
    source: "zoho",
    table: "Interactions",
    fields: {
      id: ZOHO_ID,
      owner: ["Call Owner", "通话所有者", "呼叫所有者"],
      title: ["Subject", "主题"],
      date: ["Call Start Time", "通话开始时间", "呼叫开始时间"],
      customer: ZOHO_RELATED,
      outcome: ["Call Result", "通话结果", "呼叫结果"],
      note: ["Description", "描述"],
    },
    required: ["id", "owner", "date"],
    fixedType: "call",
  },
  {
    kind: "crm",
    id: "zoho.meetings",
    source: "zoho",
    table: "Interactions",
    fields: {
      id: ZOHO_ID,
      owner: ["Host", "Meeting Owner", "Event Owner", "主持人", "会议所有者"],
      title: ["Title", "Meeting Title", "Event Title", "标题", "会议标题"],
      date: ["From", "Start DateTime", "开始时间", "自"],
      customer: ZOHO_RELATED,
      note: ["Description", "描述"],
    },
    required: ["id", "owner", "date"],
    fixedType: "meeting",
  },
  {
    kind: "crm",
    id: "zoho.tasks",
    source: "zoho",
    table: "Tasks",
    fields: {
      id: ZOHO_ID,
      owner: ["Task Owner", "任务所有者", "任务负责人"],
      title: ["Subject", "主题"],
      due: ["Due Date", "到期日期", "截止日期"],
      status: ["Status", "状态"],
      priority: ["Priority", "优先级"],
      customer: ZOHO_RELATED,
    },
    required: ["id", "owner", "title"],
  },
  {
    kind: "crm",
    id: "fxiaoke.deals",
    source: "fxiaoke",
    table: "Deals",
    fields: {
      id: ["商机编号", "商机ID", "数据ID"],
      name: ["商机名称"],
      customer: ["客户名称"],
      amount: ["商机金额", "销售金额", "预计金额"],
      stage: ["销售阶段", "阶段", "商机阶段"],
      closeDate: ["结单日期", "预计成交日期", "成交日期"],
      owner: ["负责人"],
      product: ["产品名称", "产品"],
    },
    required: ["name", "owner", "stage"],
    derivedId: ["name", "customer"],
  },
  {
    kind: "crm",
    id: "fxiaoke.customers",
    source: "fxiaoke",
    table: "Customers",
    fields: {
      id: ["客户编号", "客户ID", "数据ID"],
      name: ["客户名称"],
      owner: ["负责人"],
      industry: ["行业", "所属行业"],
      segment: ["客户级别", "客户等级"],
      since: ["创建时间"],
      status: ["成交状态"],
    },
    required: ["name", "owner"],
    derivedId: ["name"],
  },
  {
    kind: "crm",
    id: "fxiaoke.followups",
    source: "fxiaoke",
    table: "Interactions",
    fields: {
      id: ["记录编号", "销售记录ID", "数据ID"],
      date: ["跟进时间"],
      type: ["跟进方式", "跟进类型"],
      owner: ["跟进人", "负责人", "创建人"],
      customer: ["客户名称", "关联客户"],
      note: ["内容", "跟进内容", "销售记录"],
    },
    required: ["date", "owner", "customer"],
    derivedId: ["date", "owner", "customer"],
  },
  {
    kind: "crm",
    id: "fxiaoke.visits",
    source: "fxiaoke",
    table: "Interactions",
    fields: {
      id: ["外勤编号", "签到编号", "数据ID"],
      date: ["签到时间", "拜访时间"],
      owner: ["签到人", "拜访人", "执行人", "负责人"],
      customer: ["客户名称", "拜访客户"],
      note: ["拜访总结", "备注"],
    },
    required: ["date", "owner", "customer"],
    fixedType: "visit",
    derivedId: ["date", "owner", "customer"],
  },
];

/** The built-in survey exports. */
export const SURVEY_PROFILES: readonly SurveyProfile[] = [
  {
    kind: "survey",
    id: "forms",
    source: "forms",
    required: ["ID", "Completion time"],
    submitted: ["Completion time", "完成时间"],
    identifying: [
      "ID",
      "Start time",
      "Completion time",
      "Email",
      "Name",
      "Last modified time",
      "开始时间",
      "完成时间",
      "电子邮件",
      "名称",
      "上次修改时间",
    ],
  },
  {
    kind: "survey",
    id: "forms",
    source: "forms",
    required: ["ID", "完成时间"],
    submitted: ["完成时间"],
    identifying: ["ID", "开始时间", "完成时间", "电子邮件", "名称", "上次修改时间"],
  },
  {
    kind: "survey",
    id: "wjx",
    source: "wjx",
    required: ["序号", "提交答卷时间"],
    submitted: ["提交答卷时间"],
    identifying: [
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "来源详情",
      "来自IP",
      "总分",
      "用户ID",
      "姓名",
      "手机",
    ],
  },
];

/** Where each field of a CRM profile sits in a file's headers. */
export type FieldColumns = Partial<Record<CrmField, number>>;

/**
 * @param profile - a CRM profile.
 * @param headers - a file's headers.
 * @returns the position of each field whose header is present.
 */
export function fieldColumns(profile: CrmProfile, headers: readonly string[]): FieldColumns {
  const keys = headers.map(headerKey);
  const found: FieldColumns = {};
  for (const [field, names] of Object.entries(profile.fields) as [CrmField, readonly string[]][]) {
    for (const name of names) {
      const at = keys.indexOf(headerKey(name));
      if (at >= 0) {
        found[field] = at;
        break;
      }
    }
  }
  return found;
}

/** The profile a file matched. */
export interface Recognised {
  readonly profile: Profile;
  /** CRM profiles: where each field is. */
  readonly columns: FieldColumns;
}

/**
 * Recognises a file by its headers: the profile whose required headers are all present and which explains the
 * most columns. `source` limits the search to one source (`zoho`, `fxiaoke`, `forms`, `wjx`).
 * @param table - the file.
 * @param source - optional source name.
 * @returns the profile and where its fields are.
 * @throws KpiError `import.err.unrecognised` listing the file's headers when nothing matches.
 */
export function recognise(table: SourceTable, source?: string): Recognised {
  const keys = new Set(table.headers.map(headerKey));
  const wanted = (p: Profile) => source === undefined || p.source === source;
  for (const profile of SURVEY_PROFILES) {
    if (wanted(profile) && profile.required.every((h) => keys.has(headerKey(h))))
      return { profile, columns: {} };
  }
  let best: Recognised | null = null;
  let bestScore = -1;
  for (const profile of CRM_PROFILES) {
    if (!wanted(profile)) continue;
    const columns = fieldColumns(profile, table.headers);
    if (!profile.required.every((f) => columns[f] !== undefined)) continue;
    const score = Object.keys(columns).length * 10 + profile.required.length;
    if (score > bestScore) {
      best = { profile, columns };
      bestScore = score;
    }
  }
  if (best) return best;
  throw new KpiError("value", "import.err.unrecognised", {
    file: table.fileName,
    headers: table.headers.filter((h) => h !== "").join(", "),
  });
}
