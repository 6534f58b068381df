// The organisation's grants, newest first, with their state and a revoke button on live ones.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";
import { CHINA_TIME, formatInstant } from "../../lib/format.ts";
import type { RouterOutputs } from "../../lib/api-types.ts";

/** An access grant as the settings page lists it. */
export type GrantView = RouterOutputs["regulatorAccess"]["overview"]["grants"][number];

export function GrantList({ grants, revokingId }: { grants: GrantView[]; revokingId: string | null }) {
  const { t } = useTranslation();
  if (grants.length === 0) return <p className="muted">{t("regulator.access.none")}</p>;
  return (
    <ul className="reg-cards">
      {grants.map((g) => {
        const state = g.live
          ? t("regulator.access.live")
          : g.revokedAt
            ? t("regulator.access.revoked")
            : t("regulator.access.expired");
        return (
          <li key={g.id}>
            <article className="reg-card" aria-label={`${g.agencyName} ${state}`} data-testid="grant">
              <h3 style={{ margin: 0 }}>{g.agencyName}</h3>
              <p>
                <span className={g.live ? "chip" : "chip chip-off"}>{state}</span>
              </p>
              <dl className="reg-ind">
                <dt>{t("regulator.access.ledgers")}</dt>
                <dd>
                  {g.ledgers === "all"
                    ? t("regulator.access.allLedgers")
                    : g.ledgers
                        .map((l) => t(`regulator.ledger.${l as KeyIn<"regulator.ledger">}`))
                        .join(t("app.listSep"))}
                </dd>
                <dt>{t("regulator.access.grantedAt")}</dt>
                <dd>
                  {formatInstant(g.grantedAt, CHINA_TIME)} · {g.grantedByName}
                </dd>
                <dt>{t("regulator.access.expires")}</dt>
                <dd>{g.expiresAt ? formatInstant(g.expiresAt, CHINA_TIME) : t("regulator.access.never")}</dd>
                {g.revokedAt ? (
                  <>
                    <dt>{t("regulator.access.revoked")}</dt>
                    <dd>
                      {formatInstant(g.revokedAt, CHINA_TIME)} · {g.revokedByName ?? ""}
                    </dd>
                  </>
                ) : null}
              </dl>
              {g.live ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="grantId" value={g.id} />
                  <button
                    type="submit"
                    disabled={revokingId === g.id}
                    aria-busy={revokingId === g.id}
                    aria-label={`${t("regulator.access.revoke")}：${g.agencyName}`}
                  >
                    {revokingId === g.id ? t("regulator.access.revoking") : t("regulator.access.revoke")}
                  </button>
                </Form>
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
