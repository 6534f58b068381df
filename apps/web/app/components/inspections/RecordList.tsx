// The inspection records of one kind: the filters (kept in the URL, shared with the XLSX link),
// and each record with its lines, its release or handling, its source and its hazards.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  InspectionResult,
  type IncomingDocument,
  type InspectionKind,
  type InspectionRecordOut,
  type NonConformityHandling,
  type ReleaseDecision,
} from "@anzhi/contracts";
import { Field } from "../Field.tsx";
import { StatusBadge } from "../hazards/badges.tsx";

export interface ListedRecord extends InspectionRecordOut {
  source: string;
  productName: string | null;
  supplierName: string | null;
  hazards: { id: string; hazardNo: string; status: string }[];
}

interface Filters {
  result?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  productId?: string | undefined;
  supplierId?: string | undefined;
}

export function RecordList({
  kind,
  records,
  total,
  filters,
  exportQuery,
  products,
  suppliers,
}: {
  kind: InspectionKind;
  records: ListedRecord[];
  total: number;
  filters: Filters;
  exportQuery: string;
  products: { id: string; name: string }[];
  suppliers?: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form method="get" className="card stack" aria-label={t("inspections.filters")}>
        <h2>{t("inspections.filters")}</h2>
        <div className="field">
          <label htmlFor="f-result">{t("inspections.result")}</label>
          <select id="f-result" name="result" defaultValue={filters.result ?? ""}>
            <option value="">{t("inspections.anyResult")}</option>
            {InspectionResult.options.map((r) => (
              <option key={r} value={r}>
                {t(`inspections.results.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-product">{t("inspections.product")}</label>
          <select id="f-product" name="productId" defaultValue={filters.productId ?? ""}>
            <option value="">{t("inspections.anyProduct")}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {suppliers ? (
          <div className="field">
            <label htmlFor="f-supplier">{t("inspections.supplier")}</label>
            <select id="f-supplier" name="supplierId" defaultValue={filters.supplierId ?? ""}>
              <option value="">{t("inspections.anySupplier")}</option>
              {suppliers.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <Field id="flt-from" name="from" type="date" label={t("inspections.from")} defaultValue={filters.from ?? ""} />
        <Field id="flt-to" name="to" type="date" label={t("inspections.to")} defaultValue={filters.to ?? ""} />
        <button type="submit">{t("inspections.apply")}</button>
      </Form>

      <p>
        {records.length < total
          ? t("inspections.shown", { shown: records.length, count: total })
          : t("inspections.total", { count: total })}{" "}
        <a href={`/app/inspections/export.xlsx?${exportQuery ? `${exportQuery}&` : ""}kind=${kind}`} download>
          {t("inspections.exportXlsx")}
        </a>
      </p>
      {records.length === 0 ? (
        <p className="muted">{kind === "incoming" ? t("inspections.incoming.empty") : t("inspections.empty")}</p>
      ) : null}
      {records.map((r) => (
        <RecordCard key={r.id} kind={kind} record={r} />
      ))}
    </>
  );
}

function RecordCard({ kind, record: r }: { kind: InspectionKind; record: ListedRecord }) {
  const { t } = useTranslation();
  const details = r.details as {
    approver?: string;
    releaseDecision?: ReleaseDecision;
    receiptDate?: string;
    nonConformityHandling?: NonConformityHandling;
    documentsChecked?: IncomingDocument[];
  };
  const source = (["api", "web", "import"] as const).find((s) => s === r.source) ?? "api";
  return (
    <details className="card">
      <summary>
        {r.inspectionDate} · <strong>{r.itemName}</strong> · {r.batchNo} ·{" "}
        <span className="badge">{t(`inspections.results.${r.result}`)}</span>
        {r.hazardNos.length > 0 ? ` · ${r.hazardNos.join(t("app.listSep"))}` : ""}
      </summary>
      <p>
        {kind === "incoming" ? (
          <>
            {t("inspections.incoming.supplier")} {r.supplierName ?? r.supplierExternalId ?? "—"} ·{" "}
            {t("inspections.incoming.receiptDate")} {details.receiptDate ?? "—"} ·{" "}
          </>
        ) : null}
        {r.specModel} · {t("inspections.columns.quantity")} {r.quantity}
        {r.unit} · {t("inspections.columns.inspector")} {r.inspector}
        {kind === "outgoing" ? (
          <>
            {" "}
            · {t("inspections.columns.approver")} {details.approver ?? "—"} · {t("inspections.columns.release")}{" "}
            {details.releaseDecision ? t(`inspections.releases.${details.releaseDecision}`) : "—"}
          </>
        ) : (
          <>
            {details.documentsChecked?.length
              ? ` · ${details.documentsChecked.map((d) => t(`inspections.documents.${d}`)).join(t("app.listSep"))}`
              : ""}
            {details.nonConformityHandling
              ? ` · ${t("inspections.incoming.handling")} ${t(`inspections.handlings.${details.nonConformityHandling}`)}`
              : ""}
          </>
        )}{" "}
        · {r.standardNo ?? ""} · {t(`inspections.sources.${source}`)}
        {r.externalId ? ` · ${r.externalId}` : ""}
      </p>
      <div style={{ overflowX: "auto" }}>
        <table>
          <thead>
            <tr>
              <th>{t("inspections.lines.item")}</th>
              <th>{t("inspections.lines.requirement")}</th>
              <th>{t("inspections.lines.measured")}</th>
              <th>{t("inspections.lines.result")}</th>
            </tr>
          </thead>
          <tbody>
            {r.lines.map((l, i) => (
              <tr key={i}>
                <td>{l.item}</td>
                <td>{l.requirement}</td>
                <td>
                  {l.measured}
                  {l.unit ? ` ${l.unit}` : ""}
                </td>
                <td>{t(`inspections.lineResults.${l.result}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.hazards.length > 0 ? (
        <p>
          {t("inspections.columns.hazard")}:{" "}
          {r.hazards.map((h) => (
            <span key={h.id}>
              <Link to={`/app/hazards/${h.id}`}>{h.hazardNo}</Link> <StatusBadge status={h.status} />{" "}
            </span>
          ))}
        </p>
      ) : null}
    </details>
  );
}
