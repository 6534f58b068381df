// Typed keys: `t("nonexistent.key")` fails typecheck. The zh-CN tree is the source of the keys;
// en.ts is typed against it (and a test checks that both trees hold the same keys).
import "i18next";
import type { Messages } from "./zh-CN.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
    returnNull: false;
  }
}
