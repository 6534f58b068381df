// 整改记录 (templates.md §9): one hazard's rectification record in its print layout — the
// organisation, the facts, rectification, verification, the history and the signature lines.
// Shared by the enterprise's print view and the regulator portal.
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";
import { formatInstant } from "../../lib/format.ts";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { ContentHash } from "../routines/Signature.tsx";
import { SignedMarks } from "../signatures/SignatureField.tsx";
import { PhotoStrip, type PhotoHref } from "../photos/PhotoStrip.tsx";

/** A hazard with its history as `hazards.get` returns it (the regulator portal reads the same). */
export type HazardSheetData = Omit<RouterOutputs["hazards"]["get"], "myActions" | "canAssign" | "allowedActions">;

export function HazardRecordSheet({
  h,
  organizationName,
  timeZone,
  photoHref,
}: {
  h: HazardSheetData;
  organizationName: string;
  timeZone: string;
  /** Where the photos are read from (member or regulator route). */
  photoHref: PhotoHref;
}) {
  const { t } = useTranslation();
  // Each step's latest signature on its line (docs/decisions/032); one made before a failed
  // verification or a later change of the step shows as not covering the current content.
  const signed = (step: "rectification" | "verification") => h.signatures.findLast((s) => s.step === step);
  const rectSig = signed("rectification");
  const verifySig = signed("verification");
  const rows: Array<[string, string]> = [
    [t("hazard.no"), h.hazardNo],
    [t("hazard.source"), t(`hazard.sources.${h.source as KeyIn<"hazard.sources">}`)],
    [t("hazard.createdAt"), formatInstant(h.createdAt, timeZone)],
    [t("hazard.titleField"), h.title],
    [t("hazard.description"), h.description],
    [t("hazard.site"), [h.site?.name, h.product?.name].filter(Boolean).join(" / ")],
    [t("hazard.severity"), t(`hazard.severities.${h.severity as KeyIn<"hazard.severities">}`)],
    [t("hazard.cause"), h.rootCause ?? ""],
    [t("hazard.correctiveAction"), h.correctiveAction ?? ""],
    [t("hazard.containment"), h.containment ?? ""],
    [t("hazard.owner"), h.owner?.name ?? ""],
    [t("hazard.dueDate"), `${h.dueDate}${h.overdue ? `（${t("hazard.overdue")}）` : ""}`],
    [t("hazard.rectificationNote"), h.rectificationNote ?? ""],
    [t("hazard.rectifiedBy"), h.rectifiedBy ? `${h.rectifiedBy.name}  ${formatInstant(h.rectifiedAt, timeZone)}` : ""],
    [
      t("hazard.evidence"),
      h.attachments.length > 0
        ? h.attachments.map((a) => a.fileName).join(t("app.listSep"))
        : h.evidenceException
          ? `${t("hazard.evidenceException")}：${h.evidenceException}`
          : "",
    ],
    [t("hazard.verificationNote"), h.verificationNote ?? ""],
    [t("hazard.verifiedBy"), h.verifiedBy ? `${h.verifiedBy.name}  ${formatInstant(h.verifiedAt, timeZone)}` : ""],
    [t("hazard.status"), t(`hazard.statuses.${h.status as KeyIn<"hazard.statuses">}`)],
    [t("hazard.closedAt"), formatInstant(h.closedAt, timeZone)],
    [t("hazard.reportedToRegulator"), h.majorRiskReports.some((r) => r.status !== "draft") ? "✓" : "—"],
  ];
  return (
    <article className="print-sheet" data-testid="rectification-record">
      <h1>{t("hazard.printTitle")}</h1>
      <p>{organizationName}</p>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {h.findingPhotos.length + h.attachments.length > 0 ? (
        <section aria-labelledby="hazard-photos">
          <h2 id="hazard-photos">{t("photos.listLabel")}</h2>
          <PhotoStrip photos={[...h.findingPhotos, ...h.attachments]} href={photoHref} timeZone={timeZone} />
        </section>
      ) : null}
      <h2>{t("hazard.history")}</h2>
      <table>
        <tbody>
          {h.events.map((e) => (
            <tr key={e.id}>
              <th scope="row">{formatInstant(e.at, timeZone)}</th>
              <td>
                {t(`hazard.events.${e.action as KeyIn<"hazard.events">}`)} · {e.actor?.name ?? t("hazard.system")}
                {e.note ? `\n${e.note}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sig-line" data-testid="rectification-signature">
        {t("hazard.rectifiedBy")}（{t("hazard.signature")}）：{h.rectifiedBy?.name ?? "＿＿＿＿"}{" "}
        {h.rectifiedBy ? <SignedMarks signatures={rectSig ? [rectSig] : []} /> : null}
      </p>
      <p className="sig-line" data-testid="verification-signature">
        {t("hazard.verifiedBy")}（{t("hazard.signature")}）：{h.verifiedBy?.name ?? "＿＿＿＿"}{" "}
        {h.verifiedBy ? <SignedMarks signatures={verifySig ? [verifySig] : []} /> : null}
      </p>
      <ContentHash hash={h.contentHash} />
    </article>
  );
}
