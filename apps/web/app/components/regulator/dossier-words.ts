// The dossier's structured values (packages/domain regulator/dossier.ts) worded in the reader's
// language: each item's label and content, through the regulator.dossier messages.
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";

type DossierOut = RouterOutputs["regulator"]["dossier"];
type Basic = DossierOut["basics"][number];
type System = DossierOut["systems"][number];

export function useDossierWords() {
  const { t } = useTranslation();
  const sep = t("app.listSep");
  const yesNo = (v: boolean) => (v ? t("regulator.dossier.yes") : t("regulator.dossier.no"));
  const basic = (b: Basic): [string, string] => {
    switch (b.key) {
      case "kind":
        return [t("regulator.dossier.items.kind"), t(`orgKinds.${b.value}`)];
      case "employees":
      case "revenue": {
        const label = t(`regulator.dossier.items.${b.key}`);
        return [
          b.year === null
            ? t("regulator.dossier.figuresNone", { label })
            : t("regulator.dossier.figuresOf", { label, year: b.year }),
          b.value === null ? "" : String(b.value),
        ];
      }
      case "size": {
        const size = t(`regulator.dossier.sizeClasses.${b.value}`);
        return [
          t("regulator.dossier.items.size", { year: b.year }),
          b.stale ? t("regulator.dossier.sizeStale", { size }) : size,
        ];
      }
      case "routes":
        return [
          t("regulator.dossier.items.routes"),
          b.value.map((r) => t(`regulator.dossier.scopeRoutes.${r}`)).join(sep) || t("regulator.dossier.none"),
        ];
      default:
        return [t(`regulator.dossier.items.${b.key}`), b.value ?? ""];
    }
  };
  const system = (s: System): [string, string] => {
    const label = t(`regulator.dossier.items.${s.key}`);
    switch (s.key) {
      case "directorAppointed":
        return [label, t(`regulator.dossier.director.${s.value}`)];
      case "officersAppointed": {
        const { count, required, sitesWithoutOfficer } = s.value;
        if (count === 0) return [label, required ? t("regulator.dossier.officersMissing") : t("regulator.dossier.no")];
        return [
          label,
          sitesWithoutOfficer.length > 0
            ? t("regulator.dossier.officersGaps", { count, sites: sitesWithoutOfficer.join(sep) })
            : t("regulator.dossier.officers", { count }),
        ];
      }
      case "staffingGaps":
        return [label, s.value.map((r) => t(`riskList.roles.${r}`)).join(sep) || t("regulator.dossier.none")];
      case "riskList": {
        const { inForce, current } = s.value;
        if (current === 0) return [label, t("regulator.dossier.no")];
        if (inForce === 0) return [label, t("regulator.dossier.riskListPending", { pending: current })];
        return [
          label,
          current > inForce
            ? t("regulator.dossier.riskListInForcePending", { version: inForce, pending: current })
            : t("regulator.dossier.riskListInForce", { version: inForce }),
        ];
      }
      default:
        return [label, yesNo(s.value)];
    }
  };
  return {
    basic,
    system,
    yesNo,
    supplierType: (type: string) => t(`regulator.dossier.supplierTypes.${type}`, { defaultValue: type }),
  };
}
