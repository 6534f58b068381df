// 手写签名（docs/decisions/032）的中文文案：签名板、键入姓名确认和记录上的签名显示。
export const signaturesZhCN = {
  legend: "本人签名",
  drawHint: "请 {{name}} 本人在框内用手指或笔手写签名。",
  padLabel: "手写签名框",
  clear: "清除重签",
  drawRequired: "请先在签名框内手写签名，或改用键入姓名确认",
  useTyped: "无法手写？改用键入姓名确认",
  useDrawing: "改为手写签名",
  typedLabel: "键入你的姓名（{{name}}）以确认本人签字",
  imageAlt: "{{name}} 的手写签名",
  typedShown: "键入姓名确认：{{name}}",
  stale: "签名后记录已修改，此签名不覆盖当前内容",
  // 手写签名上线（docs/decisions/032）之前签署的记录：只有账号和时间，没有签名图样，如实说明。
  accountOnly: "（仅账号确认，签署时未采集手写签名）",
};
