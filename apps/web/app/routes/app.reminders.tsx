// 提醒: the member's in-app reminders (due/overdue daily records, weekly reports, monthly minutes,
// and the escalations of ADR 023: overdue hazards, certificates, vetoes, training, reported
// problems), newest first, each linking to where it is done; reading one marks it read.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../lib/auth.server.ts";
import { formatInstant } from "../lib/format.ts";
import styles from "../styles/routines.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("reminders");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const list = await caller.routines.reminders.list();
  return {
    unread: list.unread,
    items: list.items.map((r) => ({ ...r, createdText: formatInstant(r.createdAt, org.timeZone) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  await caller.routines.reminders.markRead({ id: String(form.get("id") ?? "") });
  return { ok: true };
}

/** Escalation reminders (ADR 023) carry their full Chinese title; English names the kind and ref. */
const ESCALATIONS = new Set([
  "hazard_overdue",
  "certificate_expiring",
  "veto_pending",
  "veto_waiting",
  "training_due",
  "daily_problem_reported",
]);

function targetOf(kind: string, ref: string | null, entityId: string | null): string {
  if (kind === "hazard_overdue" && entityId) return `/app/hazards/${entityId}`;
  if (kind.startsWith("veto_") && entityId) return `/app/proposals/${entityId}`;
  if (kind === "daily_problem_reported" && entityId) return `/app/daily/${entityId}`;
  if (kind === "certificate_expiring") return "/app/profile";
  if (kind === "training_due") return "/app/appointments";
  if (kind === "daily_due") return "/app/today";
  if (kind === "daily_missing") return `/app/today?date=${ref ?? ""}`;
  if (kind.startsWith("weekly")) return "/app/weekly";
  if (kind.startsWith("monthly")) return "/app/monthly";
  if (kind === "risk_list_pending") return `/app/risk-list?v=${ref ?? ""}`;
  return "/app";
}

export default function Reminders() {
  const { items } = useLoaderData<typeof loader>();
  const pending = useIsPending();
  const { t, i18n } = useTranslation();
  return (
    <div className="stack">
      <h1>{t("routines.reminders.title")}</h1>
      {items.length === 0 ? <p className="muted">{t("routines.reminders.empty")}</p> : null}
      <ul className="item-cards" data-testid="reminders">
        {items.map((r) => (
          <li key={r.id} className={r.readAt ? "item-card" : "item-card answered answered-problem"}>
            <p>
              <Link to={targetOf(r.kind, r.ref, r.entityId)}>
                {ESCALATIONS.has(r.kind) && i18n.language === "zh-CN"
                  ? r.title
                  : t(`routines.reminders.kinds.${r.kind}`, { ref: r.ref ?? "", defaultValue: r.title })}
              </Link>
            </p>
            <p className="hint">{r.createdText}</p>
            {r.readAt ? null : (
              <Form method="post">
                <input type="hidden" name="id" value={r.id} />
                <button type="submit" disabled={pending}>
                  {t("routines.reminders.markRead")}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
