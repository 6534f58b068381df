// zh-CN / en text for every field-validation message key the schemas emit. A schema puts the
// key in the zod issue's `message` (and values in `params`); the UI renders it with `t()`.
import type { MessagePair } from "./errors";

export const fieldMessages = {
  // generic (also used by localizeIssue for zod's built-in issue codes)
  "field.required": { "zh-CN": "必填", en: "Required" },
  "field.invalid_type": { "zh-CN": "类型不正确", en: "Wrong type" },
  "field.too_short": { "zh-CN": "至少 {minimum} 个字符", en: "At least {minimum} characters" },
  "field.too_long": { "zh-CN": "最多 {maximum} 个字符", en: "At most {maximum} characters" },
  "field.too_small": { "zh-CN": "不能小于 {minimum}", en: "Must be at least {minimum}" },
  "field.too_big": { "zh-CN": "不能大于 {maximum}", en: "Must be at most {maximum}" },
  "field.not_above": { "zh-CN": "必须大于 {minimum}", en: "Must be greater than {minimum}" },
  "field.not_below": { "zh-CN": "必须小于 {maximum}", en: "Must be less than {maximum}" },
  "field.too_few": { "zh-CN": "至少 {minimum} 项", en: "At least {minimum} items" },
  "field.too_many": { "zh-CN": "最多 {maximum} 项", en: "At most {maximum} items" },
  "field.not_integer": { "zh-CN": "必须是整数", en: "Must be a whole number" },
  "field.invalid_format": { "zh-CN": "格式不正确", en: "Invalid format" },
  "field.invalid_option": { "zh-CN": "不是有效的选项", en: "Not a valid option" },
  "field.unrecognized_keys": { "zh-CN": "包含未知字段：{keys}", en: "Unknown fields: {keys}" },
  "field.duplicate": { "zh-CN": "有重复项", en: "Contains duplicates" },
  "field.invalid": { "zh-CN": "无效", en: "Invalid" },
  // transport: what arrived could not be read as input at all
  "field.malformed_json": { "zh-CN": "请求内容不是有效的 JSON", en: "The request is not valid JSON" },
  "field.malformed_json_at": {
    "zh-CN": "请求内容不是有效的 JSON（第 {position} 个字符处）",
    en: "The request is not valid JSON (at character {position})",
  },
  "field.ill_formed_unicode": {
    "zh-CN": "含有无法保存的字符（不成对的 Unicode 代理项或 NUL 字符）",
    en: "Contains characters that cannot be stored (an unpaired Unicode surrogate or a NUL)",
  },
  "field.invalid_cursor": {
    "zh-CN": "翻页游标无效，请使用上一页返回的 nextCursor",
    en: "Invalid cursor: pass the nextCursor of the previous page",
  },
  // identifiers
  "uscc.length": {
    "zh-CN": "统一社会信用代码应为 18 位",
    en: "The unified social credit code must have 18 characters",
  },
  "uscc.charset": {
    "zh-CN": "统一社会信用代码含无效字符（不使用 I、O、S、V、Z，第 3–8 位为数字）",
    en: "The credit code contains invalid characters (no I, O, S, V, Z; positions 3–8 are digits)",
  },
  "uscc.check_digit": {
    "zh-CN": "校验位错误，应为 {expected}",
    en: "Wrong check character, expected {expected}",
  },
  "licence_no.format": {
    "zh-CN": "生产许可证编号格式应为 (省)XK××-×××-×××××",
    en: "Licence numbers look like (省)XK××-×××-×××××",
  },
  "ccc_no.format": { "zh-CN": "CCC 证书编号应为 16 位数字", en: "A CCC certificate number has 16 digits" },
  "ccc_no.year": {
    "zh-CN": "CCC 证书编号前 4 位年份应在 {min}–{max} 之间",
    en: "The first four digits (year) must be between {min} and {max}",
  },
  "ccc_no.year_after_issue": {
    "zh-CN": "证书编号中的首次发证年份晚于发证日期",
    en: "The first-issue year in the number is after the issue date",
  },
  "region_code.format": { "zh-CN": "行政区划代码应为 6 位数字", en: "A region code has 6 digits" },
  "region_code.province": {
    "zh-CN": "行政区划代码前两位不是有效的省级代码",
    en: "The first two digits are not a province code",
  },
  "resident_id.format": {
    "zh-CN": "身份证号应为 17 位数字加 1 位校验码（数字或 X）",
    en: "An ID number has 17 digits and a check character (digit or X)",
  },
  "resident_id.birth_date": { "zh-CN": "身份证号中的出生日期无效", en: "The birth date in the ID number is invalid" },
  "resident_id.check_digit": {
    "zh-CN": "身份证号校验位错误，应为 {expected}",
    en: "Wrong check character, expected {expected}",
  },
  // dates and periods
  "date.invalid": { "zh-CN": "日期无效（格式 YYYY-MM-DD）", en: "Invalid date (YYYY-MM-DD)" },
  "date.out_of_range": {
    "zh-CN": "日期须在 2000-01-01 至 2099-12-31 之间",
    en: "The date must be between 2000-01-01 and 2099-12-31",
  },
  "datetime.out_of_range": {
    "zh-CN": "时间须在 2000-01-01 至 2099-12-31 之间",
    en: "The time must be between 2000-01-01 and 2099-12-31",
  },
  "datetime.invalid": {
    "zh-CN": "时间无效，需为带时区的 ISO 8601 格式，如 2026-03-01T08:30:00+08:00",
    en: "Invalid time; use ISO 8601 with an offset, e.g. 2026-03-01T08:30:00+08:00",
  },
  "date.expiry_before_issue": { "zh-CN": "有效期至不能早于发证日期", en: "Expiry date cannot be before issue date" },
  "robot.url_invalid": {
    "zh-CN": "请填写群机器人的 Webhook 地址（以 https:// 开头）",
    en: "Enter the group robot's webhook address (starting with https://)",
  },
  "robot.host_not_allowed": {
    "zh-CN": "该地址不是企业微信或钉钉群机器人的地址",
    en: "This is not a WeCom or DingTalk group robot address",
  },
  "webhook.url_invalid": {
    "zh-CN": "请填写接收地址（以 https:// 开头）",
    en: "Enter the receiving address (starting with https://)",
  },
  "webhook.events_required": { "zh-CN": "至少选择一种事件", en: "Choose at least one event" },
  "signature.required": {
    "zh-CN": "请手写签名，或键入本人姓名确认签字",
    en: "Sign in the box, or type your name to confirm the signature",
  },
  "signature.invalid": { "zh-CN": "签名图像无法识别，请重新签名", en: "The signature image is not valid; sign again" },
  "signature.empty": { "zh-CN": "请在签名框内手写签名", en: "Draw your signature in the box" },
  "signature.name_required": { "zh-CN": "请输入你的姓名以确认签字", en: "Type your name to confirm the signature" },
  "signature.name_mismatch": {
    "zh-CN": "输入的姓名与当前登录人不一致，只能以本人身份签字",
    en: "The name does not match the signed-in person; you can only sign as yourself",
  },
  "appointment.already_linked": {
    "zh-CN": "该任命已关联账号",
    en: "This appointment is already linked to an account",
  },
  "appointment.ended": {
    "zh-CN": "该任命已结束，不能再关联账号",
    en: "This appointment has ended; it can no longer be linked to an account",
  },
  "robot.secret_dingtalk_only": {
    "zh-CN": "只有钉钉机器人使用加签密钥",
    en: "Only DingTalk robots use a signing secret",
  },
  "daily.reported_to_not_appointed": {
    "zh-CN": "上报对象须为在任的质量安全总监或主要负责人",
    en: "Report to the appointed quality-safety director or principal",
  },
  "daily.reported_at_required": { "zh-CN": "有问题时须填写上报时间", en: "Enter when the problems were reported" },
  "daily.reported_at_range": {
    "zh-CN": "上报时间须在检查当日之后、签字之前",
    en: "The report time must lie between the check day and now",
  },
  "date.range_order": { "zh-CN": "结束日期不能早于开始日期", en: "The end date cannot be before the start date" },
  "date.order": { "zh-CN": "日期先后顺序不正确", en: "These dates are out of order" },
  "week_key.invalid": { "zh-CN": "周次无效（格式 2026-W05）", en: "Invalid week (e.g. 2026-W05)" },
  "calendar.day_closed": {
    "zh-CN": "该日期属于已过去或已签字的期间，只能由主要负责人以“更正历史日期”注明理由修改",
    en: "This day belongs to a past or signed period; only the principal can change it, as a reasoned amendment",
  },
  "calendar.day_open": {
    "zh-CN": "该日期尚未结束，请直接在生产日历中修改",
    en: "This day is still open; change it in the calendar settings",
  },
  "calendar.day_unchanged": { "zh-CN": "该日期已是所选类型", en: "The day is already of that kind" },
  "activation.after_today": { "zh-CN": "启用日期不能晚于今天", en: "The start date cannot be after today" },
  "activation.not_earlier": {
    "zh-CN": "启用日期只能提前，不能推后",
    en: "The start date can only be moved earlier",
  },
  "month_key.invalid": { "zh-CN": "月份无效（格式 2026-03）", en: "Invalid month (e.g. 2026-03)" },
  "timezone.invalid": { "zh-CN": "时区无效（如 Asia/Shanghai）", en: "Invalid time zone (e.g. Asia/Shanghai)" },
  "code.format": {
    "zh-CN": "编码只能包含字母、数字、点、下划线和短横线",
    en: "Codes may contain letters, digits, dots, underscores and hyphens",
  },
  // organisation, product, catalog
  "org.sales_channel_required": {
    "zh-CN": "销售单位请选择销售业态",
    en: "Sellers must choose a sales channel",
  },
  "product.scope_none_exclusive": {
    "zh-CN": "“不适用”不能与其他适用情形同时选择",
    en: "“None” cannot be combined with other scope routes",
  },
  "catalog.unknown_group": { "zh-CN": "未知的产品类别", en: "Unknown product group" },
  "risk_item.viewer_not_responsible": {
    "zh-CN": "只读成员不能作为责任岗位",
    en: "A viewer cannot be the responsible role",
  },
  "hazard.containment_required": {
    "zh-CN": "重大隐患请填写临时控制措施",
    en: "Major hazards need a containment measure",
  },
  "task.closing_note_required": {
    "zh-CN": "完成任务时请填写完成情况说明",
    en: "Say how the task was completed",
  },
  "task.progress_note_required": { "zh-CN": "请填写进展情况", en: "Describe the progress" },
  "task.done": { "zh-CN": "任务已完成，不能再修改", en: "The task is done and cannot be changed" },
  "major_report.sections_incomplete": {
    "zh-CN": "以下部分尚未填写或仍为“（请填写）”：{sections}",
    en: "These sections are empty or still say “（请填写）”: {sections}",
  },
  "major_report.agency_unknown": {
    "zh-CN": "所选监管部门不存在或已撤销",
    en: "The chosen authority does not exist or was retired",
  },
  "hazard.owner_not_member": { "zh-CN": "责任人不是本企业的在职成员", en: "The owner is not an active member" },
  "hazard.ref_unknown": { "zh-CN": "所选记录不存在", en: "The chosen record does not exist" },
  "file.too_large": { "zh-CN": "文件不能超过 {maximum} MB", en: "Files may be at most {maximum} MB" },
  "file.type_not_allowed": {
    "zh-CN": "只能上传 JPEG、PNG、WebP、HEIC 图片或 PDF",
    en: "Only JPEG, PNG, WebP, HEIC images or PDF",
  },
  "file.unknown": { "zh-CN": "文件不存在或不属于本企业", en: "Unknown file" },
  // proposals and vetoes
  "proposal.confirm_required": { "zh-CN": "请确认以本人账号签署", en: "Confirm that you sign with your account" },
  "proposal.reason_required": { "zh-CN": "不采纳时必须填写理由", en: "A rejection needs a reason" },
  // daily checks
  "daily.reason_required": { "zh-CN": "请填写未生产/未营业原因", en: "Give the reason for not operating" },
  "daily.entries_not_allowed": {
    "zh-CN": "未生产/未营业时无需填写检查项目",
    en: "No check entries on a non-operating day",
  },
  "daily.entries_required": { "zh-CN": "请填写检查项目", en: "Fill in the check items" },
  "daily.duplicate_item": { "zh-CN": "同一清单条目填写了多次", en: "The same list item appears twice" },
  "daily.observation_required": { "zh-CN": "不符合时请描述检查情况", en: "Describe what was found" },
  "daily.action_required": { "zh-CN": "不符合时请填写采取的防范措施", en: "Describe the immediate action taken" },
  "daily.handling_required": { "zh-CN": "请选择处理结果", en: "Choose how the problem was handled" },
  "daily.hazard_summary_required": { "zh-CN": "发现问题时请填写风险隐患", en: "Summarise the hazards found" },
  "daily.measures_required": { "zh-CN": "发现问题时请填写防范措施", en: "Describe the measures taken" },
  "daily.reported_to_required": { "zh-CN": "发现问题时请选择上报对象", en: "Choose whom it was reported to" },
  // weekly and monthly
  "weekly.no_hazard_statement_required": {
    "zh-CN": "未发现风险隐患时请填写说明",
    en: "Explain why no hazards were found",
  },
  "weekly.screening_before_week": {
    "zh-CN": "排查日期不能早于该周开始",
    en: "The screening date cannot be before the week starts",
  },
  // inspections and sampling
  "inspection.concession_incoming_only": {
    "zh-CN": "让步接收仅适用于进货检验",
    en: "Concession applies to incoming inspections only",
  },
  "inspection.pass_with_failed_line": {
    "zh-CN": "有不合格的检验项目时结论不能为合格",
    en: "The result cannot be pass when a test line failed",
  },
  "inspection.release_requires_pass": {
    "zh-CN": "检验合格后才能放行",
    en: "Only a passed batch can be released",
  },
  "inspection.handling_required": {
    "zh-CN": "不合格时请选择处置方式",
    en: "Choose how the rejected lot is handled",
  },
  "inspection.lines_required": {
    "zh-CN": "出厂检验记录至少要有一个检验项目",
    en: "An outgoing inspection needs at least one test line",
  },
  "inspection.required_items_missing": {
    "zh-CN": "缺少产品执行标准要求的出厂检验项目：{items}",
    en: "Test lines required by the product's standard are missing: {items}",
  },
  "inspection.approver_required": {
    "zh-CN": "请填写审核（批准放行）人",
    en: "Enter who approved the record",
  },
  "inspection.release_decision_required": {
    "zh-CN": "请填写放行决定（放行、暂扣、返工或报废）",
    en: "Enter the release decision (released, held, reworked or scrapped)",
  },
  "inspection.marking_check_required": {
    "zh-CN": "CCC产品须填写标志核对结果（CCC标志、型号与证书一致）",
    en: "A CCC product needs the marking check (CCC mark and model as certified)",
  },
  "inspection.release_requires_marking": {
    "zh-CN": "标志核对不合格的CCC产品不能放行",
    en: "A CCC product whose marking check failed cannot be released",
  },
  "import.datetime_invalid": {
    "zh-CN": "时间无效，请填写如 2026-03-01 08:30 的日期和时间",
    en: "Invalid time: enter a date and time such as 2026-03-01 08:30",
  },
  "sampling.failed_items_required": {
    "zh-CN": "不合格时请填写不合格项目",
    en: "List the failed items",
  },
  // sellers: purchase checks (进货查验)
  "purchase.accepted_with_problems": {
    "zh-CN": "证明文件缺失、无效或标识不一致时不能判为合格，请选择拒收或隔离",
    en: "A delivery with missing or invalid documents or inconsistent marking cannot be accepted: reject or quarantine it",
  },
  "purchase.ccc_valid_until_required": {
    "zh-CN": "请填写CCC证书有效期",
    en: "Enter the CCC certificate's expiry date",
  },
  "supplier.document_number_format": {
    "zh-CN": "证件编号格式不正确",
    en: "The document number has the wrong format",
  },
  // regulator grants
  "grant.ledgers_required": { "zh-CN": "请至少选择一个台账", en: "Choose at least one ledger" },
  "grant.expiry_past": { "zh-CN": "到期时间必须晚于现在", en: "The expiry must be in the future" },
  "grant.agency_unknown": { "zh-CN": "没有这个监管机构", en: "No such regulator agency" },
  // accounts
  "email.invalid": { "zh-CN": "邮箱地址格式不正确", en: "Not a valid e-mail address" },
  "password.too_short": {
    "zh-CN": "密码至少 {minimum} 个字符",
    en: "Password must have at least {minimum} characters",
  },
  "password.too_long": { "zh-CN": "密码最多 {maximum} 个字符", en: "Password must have at most {maximum} characters" },
  "roles.required": { "zh-CN": "请至少选择一个岗位", en: "Choose at least one role" },
} as const satisfies Record<string, MessagePair>;

export type FieldMessageKey = keyof typeof fieldMessages;
