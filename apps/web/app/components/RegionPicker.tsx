// The 6-digit 行政区划代码 field. It is a plain input (validated on the server), so the form works
// without JavaScript.
import { useTranslation } from "react-i18next";
import { Field } from "./Field.tsx";

export function RegionPicker({ defaultCode, error }: { defaultCode: string; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Field name="regionCode" label={t("signup.regionCode")} hint={t("signup.regionHint")} required inputMode="numeric" pattern="[0-9]{6}" maxLength={6} defaultValue={defaultCode} error={error} />
  );
}
