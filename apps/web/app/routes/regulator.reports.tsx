// Major-risk reports inbox. Acknowledging receipt is the only thing a regulator can record.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "../components/Field.tsx";
import { attempt } from "../lib/forms.server.ts";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { CHINA_TIME, formatInstant } from "../lib/format.ts";
import { usePendingForm } from "../lib/pending.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  return { reports: await orThrowResponse(caller.regulator.reports()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const form = await request.formData();
  const reportId = String(form.get("reportId") ?? "");
  const result = await attempt(request, () => caller.regulator.acknowledgeReport({ reportId }));
  if (!result.ok) return data({ error: result.error.message, reportId }, { status: 400 });
  return { error: null, reportId };
}

export default function Reports() {
  const { reports } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const pending = usePendingForm();
  return (
    <section className="stack">
      <h1>{t("regulator.reports.title")}</h1>
      <p className="lead">{t("regulator.reports.lead")}</p>
      {reports.length === 0 ? <p className="notice">{t("regulator.reports.empty")}</p> : null}
      <ul className="reg-cards">
        {reports.map((r) => {
          const busy = pending?.get("reportId") === r.id;
          return (
            <li key={r.id}>
              <article className="reg-card" aria-labelledby={`rep-${r.id}`}>
                <h2 id={`rep-${r.id}`}>{r.title}</h2>
                <p className="muted">
                  {r.organizationName} · {t("regulator.reports.submittedAt")} {formatInstant(r.submittedAt, CHINA_TIME)}
                </p>
                <p style={{ whiteSpace: "pre-wrap" }}>{r.content}</p>
                {r.status === "acknowledged" ? (
                  <p role="status">
                    {t("regulator.reports.acknowledged", {
                      name: r.acknowledgedByName ?? "",
                      at: formatInstant(r.acknowledgedAt, CHINA_TIME),
                    })}
                  </p>
                ) : (
                  <Form method="post">
                    {actionData?.reportId === r.id ? <FormAlert message={actionData.error ?? undefined} /> : null}
                    <input type="hidden" name="reportId" value={r.id} />
                    <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
                      {busy ? t("regulator.reports.acknowledging") : t("regulator.reports.acknowledge")}
                    </button>
                  </Form>
                )}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
