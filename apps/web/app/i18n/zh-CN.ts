export const zhCN = {
  app: {
    name: "安质",
    tagline: "工业产品质量安全主体责任管理平台",
    skipToContent: "跳到主要内容",
    language: "语言",
    switchTo: "English",
    footer: "依据《工业产品生产单位落实质量安全主体责任监督管理规定》（市场监管总局令第75号）和《工业产品销售单位落实质量安全主体责任监督管理规定》（第76号）",
  },
  home: {
    title: "把“日管控、周排查、月调度”落到实处",
    lead: "安质帮助工业产品生产、销售单位建立质量安全风险管控清单，让质量安全员每天两分钟完成检查，质量安全总监每周排查，主要负责人每月调度，隐患整改闭环销号，记录可供监管部门查阅。",
    login: "登录",
    signup: "注册企业",
    featuresTitle: "核心功能",
    features: {
      riskList: { title: "风险管控清单", body: "按18类重点产品目录生成清单，版本可追溯，支持打印与导出。" },
      daily: { title: "日管控", body: "质量安全员在手机上逐项检查、拍照留证，零风险也一键签字上报。" },
      weekly: { title: "周排查", body: "质量安全总监的周报自动汇总本周检查、隐患和检验不合格情况。" },
      monthly: { title: "月调度", body: "主要负责人主持调度会，决定事项转为任务进入隐患台账。" },
      hazards: { title: "隐患台账", body: "整改、验证、销号全流程留痕，验证人与整改人分离，逾期醒目提示。" },
      erp: { title: "ERP 对接", body: "进货检验、出厂检验记录通过类型安全的 SDK 与 REST 接口推送，重试不重复。" },
      regulator: { title: "监管查阅", body: "企业授权后监管部门只读查阅台账并导出，每一次查阅都有记录。" },
    },
    statusTitle: "系统状态",
    statusOk: "运行正常",
    organizations: "企业数",
    migrations: "数据库迁移",
  },
  errors: {
    notFound: "页面不存在",
    generic: "出错了，请稍后再试",
    back: "返回首页",
  },
};

export type Messages = typeof zhCN;
