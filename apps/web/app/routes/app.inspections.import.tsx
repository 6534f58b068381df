// 从文件导入检验记录: the ERP's (or a spreadsheet's) CSV/XLSX export of incoming or outgoing
// inspections. 检查 is a dry run: every problem on its row and column, nothing stored; 导入 stores
// the good records through the ERP path (idempotent by 记录编号). The column mapping is saved per
// enterprise (docs/decisions/021).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ImportKind, type ImportReport } from "@anzhi/contracts";
import { Field, FormAlert } from "../components/Field.tsx";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt, inputOf, parseForm } from "../lib/forms.server.ts";
import { useIsPending } from "../lib/pending.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { fileOf, readUploadForm } from "../lib/uploads.server.ts";
import { ImportFormSchema } from "./app.inspections.import.form.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("inspectionsImport");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  if (!org.isAdmin && !hasRole(org, "principal", "director", "officer")) throw redirect("/app/inspections");
  const kind = ImportKind.catch("outgoing").parse(new URL(request.url).searchParams.get("kind"));
  return { kind, mapping: await orThrowResponse(caller.inspections.importMapping({ kind })) };
}

type Result =
  | { ok: true; intent: "check" | "import"; report: ImportReport }
  | { ok: true; intent: "mapping" }
  | { ok: false; intent: string; error: string; fields: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const { form, refused } = await readUploadForm(request);
  const intent = String(form.get("intent") ?? "");
  if (refused)
    return data<Result>({ ok: false, intent, error: refused.message, fields: refused.fields }, { status: 400 });
  if (intent === "mapping") {
    const r = await attempt(request, async () => {
      const parsed = parseForm(form, ImportFormSchema);
      if (parsed.intent !== "mapping") throw new Response("Unknown intent", { status: 400 });
      return caller.inspections.saveImportMapping(inputOf(parsed));
    });
    if (!r.ok)
      return data<Result>({ ok: false, intent, error: r.error.message, fields: r.error.fields }, { status: 400 });
    return data<Result>({ ok: true, intent: "mapping" });
  }
  const r = await attempt(request, async () => {
    const parsed = parseForm(form, ImportFormSchema);
    if (parsed.intent === "mapping") throw new Response("Unknown intent", { status: 400 });
    const file = (await fileOf(form, "file")) ?? { fileName: "", bytes: new Uint8Array() };
    return caller.inspections.import({ kind: parsed.kind, dryRun: parsed.intent === "check", file });
  });
  if (!r.ok)
    return data<Result>({ ok: false, intent, error: r.error.message, fields: r.error.fields }, { status: 400 });
  return data<Result>({ ok: true, intent: intent === "check" ? "check" : "import", report: r.value });
}

export default function ImportInspections() {
  const { kind, mapping } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>() as Result | undefined;
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "submitting" });
  const report = a?.ok && a.intent !== "mapping" ? a.report : null;
  const failed = a && !a.ok ? a : null;
  const fileError =
    failed && failed.intent !== "mapping" ? (failed.fields.file ?? failed.fields["file.bytes"]) : undefined;
  return (
    <section className="stack">
      <h1>{t("inspections.import.title")}</h1>
      <p className="lead">{t("inspections.import.lead")}</p>
      <p>
        <Link to="/app/inspections">{t("inspections.links.outgoing")}</Link> ·{" "}
        <Link to="/app/inspections/incoming">{t("inspections.links.incoming")}</Link>
      </p>
      <Form method="get" className="card stack">
        <div className="field">
          <label htmlFor="imp-kind-pick">{t("inspections.import.kind")}</label>
          <select id="imp-kind-pick" name="kind" defaultValue={kind}>
            {ImportKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`inspections.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("inspections.apply")}</button>
      </Form>

      <Form method="post" encType="multipart/form-data" className="card stack" noValidate>
        <input type="hidden" name="kind" value={kind} />
        <FormAlert message={failed && failed.intent !== "mapping" ? failed.error : undefined} />
        <div className={fileError ? "field field-invalid" : "field"}>
          <label htmlFor="imp-file">
            {t("inspections.import.file")} · {t(`inspections.kinds.${kind}`)}
          </label>
          <input
            id="imp-file"
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "imp-file-error" : undefined}
          />
          {fileError ? (
            <p id="imp-file-error" className="field-error" role="alert">
              {fileError}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" name="intent" value="check" disabled={busy}>
            {t("inspections.import.check")}
          </button>{" "}
          <button type="submit" name="intent" value="import" className="primary" disabled={busy}>
            {t("inspections.import.run")}
          </button>
        </div>
      </Form>

      {report ? (
        <div className="card stack" role="status">
          <p>
            {report.dryRun
              ? t("inspections.import.checked", { rows: report.rows, records: report.records })
              : t("inspections.import.imported", { rows: report.rows, records: report.records })}{" "}
            {t(report.dryRun ? "inspections.import.wouldBe" : "inspections.import.counts", report.counts)}
          </p>
          {report.hazardNos.length > 0 ? (
            <p>{t("inspections.import.hazards", { hazardNos: report.hazardNos.join(t("app.listSep")) })}</p>
          ) : null}
          {report.issues.length > 0 ? (
            <>
              <h2>{t("inspections.import.issues")}</h2>
              <div style={{ overflowX: "auto" }}>
                <table>
                  <thead>
                    <tr>
                      <th>{t("inspections.import.row")}</th>
                      <th>{t("inspections.import.column")}</th>
                      <th>{t("inspections.import.externalId")}</th>
                      <th>{t("inspections.import.problem")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.issues.map((i, n) => (
                      <tr key={n}>
                        <td>{i.row}</td>
                        <td>{i.column ?? "—"}</td>
                        <td>{i.externalId ?? "—"}</td>
                        <td>{i.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </div>
      ) : null}

      <details className="card" open={a?.intent === "mapping"}>
        <summary>{t("inspections.import.mapping")}</summary>
        <p className="hint">{t("inspections.import.mappingLead")}</p>
        {a?.ok && a.intent === "mapping" ? <p role="status">{t("inspections.import.mappingSaved")}</p> : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="mapping" />
          <input type="hidden" name="kind" value={kind} />
          <FormAlert message={failed?.intent === "mapping" ? failed.error : undefined} />
          {mapping.columns.map((c) => (
            <Field
              key={`${kind}-${c.field}`}
              id={`map-${c.field}`}
              name={`columns.${c.field}`}
              label={`${t(`inspections.import.fields.${c.field}`)}${c.required ? " *" : ""}`}
              defaultValue={c.column}
              error={failed?.intent === "mapping" ? failed.fields[`columns.${c.field}`] : undefined}
            />
          ))}
          <button type="submit" className="primary" disabled={busy}>
            {t("inspections.import.saveMapping")}
          </button>
        </Form>
      </details>
    </section>
  );
}
