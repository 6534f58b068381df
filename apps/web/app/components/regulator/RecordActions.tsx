// The bar above a statutory record in the portal: back to the ledger it came from, and print
// (the portal's chrome and this bar are hidden when printing).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function RecordActions({ organizationId, ledger }: { organizationId: string; ledger: string }) {
  const { t } = useTranslation();
  return (
    <div className="reg-actions">
      <Link to={`/regulator/enterprises/${organizationId}?ledger=${ledger}`}>← {t("regulator.record.back")}</Link>
      <button type="button" onClick={() => window.print()}>
        {t("regulator.record.print")}
      </button>
    </div>
  );
}
