// Says which missing setup step keeps a page empty (no site, no list in force, no appointed
// officer) and links to where it is done, instead of a bare "nothing here" (ADR 033).
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SetupProgress } from "./SetupGuide.tsx";

const WHERE = { sites: "/app/profile#sites", riskList: "/app/risk-list", people: "/app/appointments" } as const;

/**
 * The note for what blocks the daily record (`blocked`, from the page's own setup-progress read);
 * `children` (or nothing) when nothing does.
 */
export function MissingForDaily({
  blocked,
  children = null,
}: {
  blocked: SetupProgress["dailyBlockedBy"];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!blocked) return children;
  return (
    <p className="notice" data-testid="missing-prerequisite">
      {t(`homes.missing.${blocked}`)} <Link to={WHERE[blocked]}>{t(`homes.missing.link.${blocked}`)}</Link>
    </p>
  );
}
