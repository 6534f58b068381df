// /app/members — everyone sees who is in the organisation; admins invite (a one-time link shown
// once), change roles, deactivate and re-activate. All actions are plain form posts.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Role } from "@anzhi/contracts";
import { Field, FormAlert } from "../components/Field.tsx";
import { requireMember } from "../lib/auth.server.ts";
import { attempt, formValues, inputOf, intended, parseForm } from "../lib/forms.server.ts";
import { usePendingForm, useSettled } from "../lib/pending.ts";
import { MembersFormSchema } from "./app.members.form.ts";
import { pageTitle } from "../lib/meta.ts";
import { qrSvg } from "../lib/qr.server.ts";
import { formatInstant } from "../lib/format.ts";

export const meta = pageTitle("members");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, user, caller } = await requireMember(request);
  const members = await caller.members.list();
  const invitations = org.isAdmin ? await caller.members.invitations() : [];
  return { org, userId: user.id, members, invitations };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const v = formValues(form);
  const posted = () => parseForm(form, MembersFormSchema);
  switch (v.intent) {
    case "invite": {
      const result = await attempt(request, () => caller.members.invite(inputOf(intended(posted(), "invite"))));
      if (!result.ok) return data({ intent: "invite", error: result.error, link: null, done: null }, { status: 400 });
      const link = new URL(`/invite/${result.value.token}`, request.url).toString();
      // With SMTP configured, an invitation naming an address is also e-mailed.
      const mailed =
        result.value.invitation.email && (await caller.members.mailEnabled())
          ? await caller.members.emailInvitation({ invitationId: result.value.invitation.id, link })
          : null;
      const done = mailed
        ? {
            key: mailed.sent ? ("members.emailed" as const) : ("members.emailFailed" as const),
            name: result.value.invitation.email ?? "",
          }
        : null;
      return { intent: "invite", error: null, link, done, qr: await qrSvg(link) };
    }
    case "roles": {
      const result = await attempt(request, () => caller.members.setRoles(inputOf(intended(posted(), "roles"))));
      if (!result.ok)
        return data(
          { intent: `roles:${v.membershipId}`, error: result.error, link: null, done: null },
          { status: 400 },
        );
      return {
        intent: "roles",
        error: null,
        link: null,
        done: { key: "members.rolesSaved" as const, name: result.value.name },
      };
    }
    case "deactivate":
    case "reactivate": {
      const run = v.intent === "deactivate" ? caller.members.deactivate : caller.members.reactivate;
      const result = await attempt(request, () => run(inputOf(intended(posted(), "deactivate", "reactivate"))));
      if (!result.ok)
        return data(
          { intent: `status:${v.membershipId}`, error: result.error, link: null, done: null },
          { status: 400 },
        );
      return {
        intent: v.intent,
        error: null,
        link: null,
        done: {
          key: v.intent === "deactivate" ? ("members.deactivated" as const) : ("members.reactivated" as const),
          name: result.value.name,
        },
      };
    }
    case "resetLink": {
      const result = await attempt(request, () => caller.members.resetLink({ membershipId: v.membershipId ?? "" }));
      if (!result.ok)
        return data(
          { intent: `reset:${v.membershipId}`, error: result.error, link: null, done: null },
          { status: 400 },
        );
      return { intent: `reset:${v.membershipId}`, error: null, link: result.value.link, done: null };
    }
    case "revoke": {
      const result = await attempt(request, () =>
        caller.members.revokeInvitation(inputOf(intended(posted(), "revoke"))),
      );
      if (!result.ok) return data({ intent: "revoke", error: result.error, link: null, done: null }, { status: 400 });
      return { intent: "revoke", error: null, link: null, done: null };
    }
    default:
      throw new Response("Unknown action", { status: 400 });
  }
}

function RoleChecks({ name, selected, idPrefix }: { name: string; selected: readonly string[]; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <div className="choices">
      {Role.options.map((r) => (
        <label key={r} className="choice" htmlFor={`${idPrefix}-${r}`}>
          <input id={`${idPrefix}-${r}`} type="checkbox" name={name} value={r} defaultChecked={selected.includes(r)} />
          {t(`roles.${r}`)}
        </label>
      ))}
    </div>
  );
}

function CopyLink({ link, qr }: { link: string; qr: string | null }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice stack" role="status">
      <p>{t("members.linkReady")}</p>
      <label htmlFor="invite-link" className="label">
        {t("members.link")}
      </label>
      <input
        id="invite-link"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className="copy-input"
        data-testid="invite-link"
      />
      <button
        type="button"
        className="secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(link).then(() => setCopied(true));
        }}
      >
        {copied ? t("members.copied") : t("members.copy")}
      </button>
      {qr ? (
        <figure className="invite-qr" data-testid="invite-qr">
          {/* SVG markup from the qrcode library, drawn from our own link: no user HTML. */}
          <div role="img" aria-label={t("members.qr")} dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption className="muted">{t("members.qr")}</figcaption>
        </figure>
      ) : null}
    </div>
  );
}

export default function Members() {
  const { org, userId, members, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const settled = useSettled();
  const { t } = useTranslation();
  const busyIntent = usePendingForm({ state: "submitting" })?.get("intent");
  const inviteError = actionData?.intent === "invite" ? actionData.error : null;
  const date = (d: string | Date) => formatInstant(d, org.timeZone);
  return (
    <div className="stack">
      <h1>{t("members.title")}</h1>
      {actionData?.done && settled ? (
        <p role="status" className="notice">
          {t(actionData.done.key, { name: actionData.done.name })}
        </p>
      ) : null}
      {org.isAdmin ? (
        <section aria-labelledby="invite-title" className="card stack">
          <h2 id="invite-title">{t("members.inviteTitle")}</h2>
          <p className="muted">{t("members.inviteLead")}</p>
          {actionData?.intent === "invite" && actionData.link ? (
            <CopyLink link={actionData.link} qr={"qr" in actionData ? (actionData.qr ?? null) : null} />
          ) : null}
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="invite" />
            <FormAlert
              message={inviteError && Object.keys(inviteError.fields).length === 0 ? inviteError.message : undefined}
            />
            <Field
              name="email"
              type="email"
              label={t("members.email")}
              autoComplete="off"
              error={inviteError?.fields.email}
            />
            <fieldset className={inviteError?.fields.roles ? "field-invalid" : undefined}>
              <legend>{t("members.roles")}</legend>
              <RoleChecks name="roles" selected={["officer"]} idPrefix="invite-role" />
              {inviteError?.fields.roles ? (
                <p className="field-error" role="alert">
                  {inviteError.fields.roles}
                </p>
              ) : null}
              <label className="choice">
                <input type="checkbox" name="isAdmin" />
                {t("members.isAdmin")}
              </label>
            </fieldset>
            <button
              type="submit"
              className="primary"
              disabled={busyIntent === "invite"}
              aria-busy={busyIntent === "invite"}
            >
              {busyIntent === "invite" ? t("members.inviting") : t("members.invite")}
            </button>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="members-list">
        <h2 id="members-list">{t("members.list")}</h2>
        <ul className="member-list">
          {members.map((m) => {
            const rowError =
              actionData?.error &&
              (actionData.intent === `roles:${m.id}` ||
                actionData.intent === `status:${m.id}` ||
                actionData.intent === `reset:${m.id}`)
                ? actionData.error
                : null;
            const resetLink = actionData?.intent === `reset:${m.id}` ? actionData.link : null;
            return (
              <li key={m.id} className="card member" data-testid={`member-${m.email}`}>
                <div className="member-head">
                  <strong>
                    {m.name}
                    {m.userId === userId ? t("members.you") : ""}
                  </strong>
                  <span className="muted">{m.email}</span>
                  <span className={m.status === "active" ? "chip" : "chip chip-off"}>
                    {t(`members.statuses.${m.status}`)}
                  </span>
                </div>
                <ul className="chips" aria-label={t("members.roles")}>
                  {m.roles.map((r) => (
                    <li key={r} className="chip">
                      {t(`roles.${r}`)}
                    </li>
                  ))}
                  {m.isAdmin ? <li className="chip chip-admin">{t("roles.admin")}</li> : null}
                </ul>
                <FormAlert message={rowError?.message} />
                {resetLink ? (
                  <div className="notice stack" role="status">
                    <label htmlFor={`reset-link-${m.id}`} className="label">
                      {t("members.resetLinkReady", { name: m.name })}
                    </label>
                    <input
                      id={`reset-link-${m.id}`}
                      readOnly
                      value={resetLink}
                      onFocus={(e) => e.currentTarget.select()}
                      className="copy-input"
                      data-testid="reset-link"
                    />
                  </div>
                ) : null}
                {org.isAdmin ? (
                  <div className="member-actions">
                    <details className="disclosure">
                      <summary>{t("members.edit")}</summary>
                      <Form method="post" className="stack">
                        <input type="hidden" name="intent" value="roles" />
                        <input type="hidden" name="membershipId" value={m.id} />
                        <fieldset>
                          <legend>{t("members.roles")}</legend>
                          <RoleChecks name="roles" selected={m.roles} idPrefix={`r-${m.id}`} />
                          <label className="choice">
                            <input type="checkbox" name="isAdmin" defaultChecked={m.isAdmin} />
                            {t("members.isAdmin")}
                          </label>
                        </fieldset>
                        <button type="submit" className="primary">
                          {t("members.save")}
                        </button>
                      </Form>
                    </details>
                    {m.status === "active" ? (
                      <Form method="post">
                        <input type="hidden" name="membershipId" value={m.id} />
                        <button
                          type="submit"
                          name="intent"
                          value="resetLink"
                          className="secondary"
                          aria-label={`${t("members.resetLink")} ${m.name}`}
                        >
                          {t("members.resetLink")}
                        </button>
                      </Form>
                    ) : null}
                    <Form method="post">
                      <input type="hidden" name="membershipId" value={m.id} />
                      {m.status === "active" ? (
                        <button
                          type="submit"
                          name="intent"
                          value="deactivate"
                          className="danger"
                          aria-label={`${t("members.deactivate")} ${m.name}`}
                        >
                          {t("members.deactivate")}
                        </button>
                      ) : (
                        <button
                          type="submit"
                          name="intent"
                          value="reactivate"
                          className="secondary"
                          aria-label={`${t("members.reactivate")} ${m.name}`}
                        >
                          {t("members.reactivate")}
                        </button>
                      )}
                    </Form>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      {org.isAdmin ? (
        <section aria-labelledby="inv-title">
          <h2 id="inv-title">{t("members.pending")}</h2>
          {invitations.length === 0 ? <p className="muted">{t("members.noInvitations")}</p> : null}
          <ul className="member-list">
            {invitations.map((inv) => (
              <li key={inv.id} className="card member">
                <div className="member-head">
                  <strong>{inv.email ?? t("members.anyone")}</strong>
                  <span className="chip">{t(`members.statuses.${inv.status}`)}</span>
                </div>
                <p className="muted">
                  {inv.roles.map((r) => t(`roles.${r}`)).join(t("app.listSep"))}
                  {inv.isAdmin ? ` · ${t("roles.admin")}` : ""} · {t("members.expiresAt")} {date(inv.expiresAt)}
                  {inv.acceptedByName ? ` · ${inv.acceptedByName}` : ""}
                </p>
                {inv.status === "pending" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="invitationId" value={inv.id} />
                    <button type="submit" className="secondary">
                      {t("members.revoke")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
