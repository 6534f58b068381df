// zh-CN / en text for every ErrorCode. `Record<ErrorCode, …>` makes a missing code a type error.
import type { ErrorCode } from "../errors";
import type { Role } from "../enums";

export interface MessagePair {
  "zh-CN": string;
  en: string;
}

export const errorMessages: Record<ErrorCode, MessagePair> = {
  VALIDATION_FAILED: { "zh-CN": "提交的内容有误，请检查后重试", en: "The submitted data is invalid" },
  UNAUTHENTICATED: { "zh-CN": "请先登录", en: "Please sign in" },
  SESSION_EXPIRED: { "zh-CN": "登录已过期，请重新登录", en: "Your session has expired, please sign in again" },
  API_KEY_INVALID: { "zh-CN": "API 密钥无效或已吊销", en: "The API key is invalid or revoked" },
  FORBIDDEN: { "zh-CN": "没有权限执行此操作", en: "You are not allowed to do this" },
  ROLE_REQUIRED: { "zh-CN": "此操作需要{roles}岗位", en: "This action needs the {roles} role" },
  ADMIN_REQUIRED: { "zh-CN": "此操作仅限企业管理员", en: "Only an organisation admin can do this" },
  NOT_FOUND: { "zh-CN": "未找到", en: "Not found" },
  CONFLICT: { "zh-CN": "数据已被修改，请刷新后重试", en: "The data changed meanwhile; reload and try again" },
  RATE_LIMITED: { "zh-CN": "请求过于频繁，请稍后再试", en: "Too many requests, try again later" },
  PAYMENT_REQUIRED: { "zh-CN": "当前套餐不包含此功能", en: "Your plan does not include this feature" },
  PLAN_LIMIT_REACHED: { "zh-CN": "已达到当前套餐上限", en: "You have reached your plan's limit" },
  INTERNAL: { "zh-CN": "系统错误，请稍后再试", en: "Something went wrong, try again later" },
  ORG_NOT_FOUND: { "zh-CN": "企业不存在", en: "Organisation not found" },
  SITE_NOT_FOUND: { "zh-CN": "场所不存在", en: "Site not found" },
  PRODUCT_NOT_FOUND: { "zh-CN": "产品不存在", en: "Product not found" },
  SUPPLIER_NOT_FOUND: { "zh-CN": "供应商不存在", en: "Supplier not found" },
  HAZARD_NOT_FOUND: { "zh-CN": "隐患不存在", en: "Hazard not found" },
  RECORD_NOT_FOUND: { "zh-CN": "记录不存在", en: "Record not found" },
  MEMBER_NOT_FOUND: { "zh-CN": "成员不存在", en: "Member not found" },
  LOGIN_FAILED: { "zh-CN": "邮箱或密码不正确", en: "Wrong e-mail or password" },
  LOGIN_LOCKED: {
    "zh-CN": "登录失败次数过多，已暂时锁定，请在 {minutes} 分钟后再试",
    en: "Too many failed sign-ins; locked, try again in {minutes} minutes",
  },
  PASSWORD_INCORRECT: { "zh-CN": "当前密码不正确", en: "The current password is wrong" },
  EMAIL_TAKEN: { "zh-CN": "该邮箱已注册，请直接登录", en: "This e-mail is already registered; sign in instead" },
  RESET_LINK_INVALID: {
    "zh-CN": "重置链接无效、已使用或已过期，请重新申请",
    en: "This reset link is invalid, used or expired; ask for a new one",
  },
  RESET_LINK_SHARED_ACCOUNT: {
    "zh-CN": "该账号还用于其他企业或监管部门，请由系统运维人员签发重置链接",
    en: "This account is also used by another organisation or an agency; ask the operator for a reset link",
  },
  SIGNUP_REFUSED: {
    "zh-CN": "无法使用此邮箱和密码；如已有安质账号，请填写该账号的密码（或先重置密码）",
    en: "This e-mail and password cannot be used; if you already have an Anzhi account, enter its password (or reset it first)",
  },
  INVITATION_INVALID: {
    "zh-CN": "邀请链接无效、已使用或已撤销",
    en: "This invitation link is invalid, used or revoked",
  },
  INVITATION_EXPIRED: {
    "zh-CN": "邀请链接已过期，请联系管理员重新邀请",
    en: "This invitation has expired; ask an admin for a new one",
  },
  LAST_PRINCIPAL: {
    "zh-CN": "企业至少需要保留一名在岗的主要负责人",
    en: "The organisation must keep at least one active principal",
  },
  MEMBERSHIP_INACTIVE: { "zh-CN": "你在该企业的账号已停用", en: "Your membership of this organisation is deactivated" },
  ATTACHMENT_INVALID: {
    "zh-CN": "文件须为 PDF、JPG 或 PNG，且不超过 10 MB",
    en: "The file must be a PDF, JPG or PNG of at most 10 MB",
  },
  FILE_CONTENT_MISSING: {
    "zh-CN": "文件记录在，但存储中找不到文件内容，请联系管理员",
    en: "The file is on record but its contents are missing from storage; contact your administrator",
  },
  ORG_USCC_TAKEN: {
    "zh-CN": "该统一社会信用代码已注册",
    en: "An organisation with this credit code is already registered",
  },
  USCC_INVALID: { "zh-CN": "统一社会信用代码无效", en: "Invalid unified social credit code" },
  LICENCE_NO_INVALID: { "zh-CN": "生产许可证编号格式无效", en: "Invalid production licence number" },
  CCC_NO_INVALID: { "zh-CN": "CCC 证书编号无效", en: "Invalid CCC certificate number" },
  REGION_CODE_INVALID: { "zh-CN": "行政区划代码无效", en: "Invalid administrative division code" },
  DATE_RANGE_INVALID: { "zh-CN": "日期范围无效", en: "Invalid date range" },
  PRODUCT_GROUP_UNKNOWN: { "zh-CN": "未知的产品类别：{ids}", en: "Unknown product group: {ids}" },
  HAZARD_TRANSITION_FORBIDDEN: {
    "zh-CN": "隐患当前状态不允许此操作",
    en: "This action is not allowed in the hazard's current status",
  },
  HAZARD_VERIFIER_IS_RECTIFIER: {
    "zh-CN": "整改验证人不能是整改人本人",
    en: "The person who rectified a hazard cannot verify it",
  },
  HAZARD_RECTIFICATION_NOTE_REQUIRED: {
    "zh-CN": "提交验证前请填写整改说明",
    en: "Describe the rectification before submitting it for verification",
  },
  HAZARD_FAIL_REASON_REQUIRED: {
    "zh-CN": "验证不通过时请填写原因",
    en: "Give a reason when verification fails",
  },
  HAZARD_EVIDENCE_REQUIRED: {
    "zh-CN": "提交验证须附整改证据（照片或文件）；确实无法提供时请填写无法提供证据的理由",
    en: "Attach evidence of the rectification (a photo or document), or give the reason why none can be provided",
  },
  HAZARD_MAJOR_VERIFIER_NOT_APPOINTED: {
    "zh-CN": "重大隐患只能由人员任命登记中在任的质量安全总监或主要负责人验证和销号",
    en: "A major hazard is verified and closed only by the appointed quality-safety director or principal",
  },
  MAJOR_REPORT_INCOMPLETE: {
    "zh-CN": "报告还有未填写的部分，请补全后再提交",
    en: "Some sections of the report are not filled in yet; complete them before submitting",
  },
  MAJOR_REPORT_AGENCY_REQUIRED: {
    "zh-CN": "请选择接收报告的市场监督管理部门",
    en: "Choose the market regulation authority that receives the report",
  },
  TASK_NOT_FOUND: { "zh-CN": "任务不存在", en: "Task not found" },
  RECORD_ALREADY_SIGNED: {
    "zh-CN": "记录已签字提交，不能修改；如需更正请提交更正版本",
    en: "The record is signed and cannot be edited; submit a correction instead",
  },
  RECORD_INCOMPLETE: { "zh-CN": "记录不完整，不能提交", en: "The record is incomplete and cannot be submitted" },
  RECORD_PERIOD_DUPLICATE: {
    "zh-CN": "该周期已有记录",
    en: "A record already exists for this period",
  },
  DAILY_SIGNER_NOT_APPOINTED: {
    "zh-CN": "每日检查记录须由人员任命登记中负责该场所、当日在任的质量安全员签字；请先在“人员任命”中登记任命",
    en: "Only a quality-safety officer appointed in the register for this site on that day may sign the daily record; record the appointment first",
  },
  WEEKLY_SIGNER_NOT_APPOINTED: {
    "zh-CN":
      "每周排查治理报告须由人员任命登记中在任的质量安全总监签发（本单位规模允许不设总监时，由在任的主要负责人签发）",
    en: "The weekly report is signed by the quality-safety director appointed in the register (or, where the unit's size allows none, by the appointed principal)",
  },
  WEEKLY_DIRECTOR_REQUIRED: {
    "zh-CN": "按本单位上年度规模须任命质量安全总监；请先在“人员任命”中登记总监，由其签发周报",
    en: "At this unit's prior-year size a quality-safety director must be appointed; record the appointment and let the director sign the weekly report",
  },
  WEEKLY_DIRECTOR_SIGNS: {
    "zh-CN": "本单位已任命质量安全总监，周报由总监签发",
    en: "A quality-safety director is appointed: the director signs the weekly report",
  },
  MONTHLY_SIGNER_NOT_APPOINTED: {
    "zh-CN": "每月调度会议纪要须由人员任命登记中在任的主要负责人签署",
    en: "The monthly minutes are signed by the principal appointed in the register",
  },
  READ_SIGN_NOT_APPOINTED: {
    "zh-CN": "阅签须由人员任命登记中在任的质量安全总监（每日记录）或主要负责人（周报）进行",
    en: "Read-signing is done by the appointed quality-safety director (daily records) or principal (weekly reports)",
  },
  RISK_LIST_APPROVER_NOT_APPOINTED: {
    "zh-CN": "风险管控清单须由人员任命登记中在任的主要负责人批准",
    en: "The risk control list is approved by the principal appointed in the register",
  },
  REGULATOR_READ_ONLY: { "zh-CN": "监管账号只能查阅", en: "Regulator accounts are read-only" },
  GRANT_REQUIRED: {
    "zh-CN": "企业尚未授权查阅此台账",
    en: "The organisation has not granted access to this ledger",
  },
  GRANT_EXPIRED: { "zh-CN": "查阅授权已过期", en: "The access grant has expired" },
  IDEMPOTENCY_KEY_REUSED: {
    "zh-CN": "幂等键已用于不同的请求内容",
    en: "This Idempotency-Key was already used with a different request body",
  },
  API_KEY_SCOPE_MISSING: {
    "zh-CN": "API 密钥缺少权限范围：{scope}",
    en: "The API key lacks the scope: {scope}",
  },
  API_KEY_SITE_MISMATCH: {
    "zh-CN": "此 API 密钥只能提交场所 {siteCode} 的记录",
    en: "This API key may only push records of site {siteCode}",
  },
  SUPPLIER_EXTERNAL_ID_UNKNOWN: {
    "zh-CN": "未找到外部编号为 {externalId} 的供应商",
    en: "No supplier with external id {externalId}",
  },
  SITE_CODE_UNKNOWN: { "zh-CN": "未找到场所编码 {siteCode}", en: "No site with code {siteCode}" },
  PRODUCT_CODE_UNKNOWN: {
    "zh-CN": "未找到产品编码 {productCode}",
    en: "No product with code {productCode}",
  },
  IMPORT_FILE_UNREADABLE: {
    "zh-CN": "无法读取文件：请上传 CSV（UTF-8 或 GBK）或 XLSX 文件，第一行为列名",
    en: "The file cannot be read: upload a CSV (UTF-8 or GBK) or XLSX file with the column names in its first row",
  },
  IMPORT_COLUMNS_MISSING: {
    "zh-CN": "文件缺少以下列：{columns}",
    en: "The file lacks these columns: {columns}",
  },
  IMPORT_TOO_MANY_ROWS: {
    "zh-CN": "一次最多导入 {max} 行，请分批导入",
    en: "At most {max} rows can be imported at once; split the file",
  },
};

/**
 * A role's name in each language, for refusals (`ROLE_REQUIRED` with `details: { roles }` names
 * the roles that may act, in the reader's language, so no code like "director" reaches a person).
 */
export const roleNames: Record<Role, MessagePair> = {
  principal: { "zh-CN": "主要负责人", en: "principal" },
  director: { "zh-CN": "质量安全总监", en: "quality-safety director" },
  officer: { "zh-CN": "质量安全员", en: "quality-safety officer" },
  viewer: { "zh-CN": "只读成员", en: "read-only member" },
};
