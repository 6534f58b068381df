// 开通向导 on the home page: the six steps in order, each ticked from the data (orgs/setup.ts) and
// linking to the form that does it; shown until every step is done (ADR 033).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";

export type SetupProgress = RouterOutputs["setup"]["progress"];

type StepKey = SetupProgress["steps"][number]["key"];

/** Where each step is done: the form first, a second place where the step needs two. */
const LINKS: Record<StepKey, { to: string; invite?: string }> = {
  profile: { to: "/app/standing#figures-title" },
  sites: { to: "/app/profile#sites" },
  products: { to: "/app/profile#products" },
  riskList: { to: "/app/risk-list" },
  people: { to: "/app/appointments/new", invite: "/app/members" },
  firstDaily: { to: "/app/today" },
};

export function SetupGuide({ setup }: { setup: SetupProgress }) {
  const { t } = useTranslation();
  const done = setup.steps.filter((s) => s.done).length;
  return (
    <section className="card setup-guide" aria-labelledby="setup-title" data-testid="setup-guide">
      <h2 id="setup-title">{t("homes.setup.title")}</h2>
      <p>{t("homes.setup.lead")}</p>
      <p className="setup-progress">
        <progress value={done} max={setup.steps.length} aria-labelledby="setup-count" />{" "}
        <span id="setup-count">{t("homes.setup.progress", { done, total: setup.steps.length })}</span>
      </p>
      <ol className="setup-steps">
        {setup.steps.map((step) => {
          const isNext = step.key === setup.next;
          const link = LINKS[step.key];
          return (
            <li
              key={step.key}
              className={step.done ? "setup-step setup-done" : isNext ? "setup-step setup-next" : "setup-step"}
              data-testid={`setup-${step.key}`}
              data-done={step.done ? "true" : "false"}
              aria-current={isNext ? "step" : undefined}
            >
              <span className="setup-mark" aria-hidden="true">
                {step.done ? "✓" : ""}
              </span>
              <div>
                <h3>
                  {t(`homes.setup.steps.${step.key}.title`)}
                  <span className="visually-hidden">
                    {" "}
                    ({step.done ? t("homes.setup.stateDone") : t("homes.setup.stateTodo")})
                  </span>
                  {isNext ? <span className="setup-next-label">{t("homes.setup.next")}</span> : null}
                </h3>
                {step.done ? null : (
                  <>
                    <p>
                      {step.key === "riskList" && step.awaitingApproval
                        ? t("homes.setup.steps.riskList.awaiting")
                        : t(`homes.setup.steps.${step.key}.body`)}
                    </p>
                    <p className="setup-links">
                      {step.key === "riskList" && step.awaitingApproval ? (
                        <Link to={link.to}>{t("homes.setup.steps.riskList.approve")}</Link>
                      ) : (
                        <Link to={link.to}>{t(`homes.setup.steps.${step.key}.link`)}</Link>
                      )}
                      {link.invite ? <Link to={link.invite}>{t("homes.setup.steps.people.invite")}</Link> : null}
                    </p>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
