// A ledger cell as the reader sees it (ADR 037): the enterprise's own text as it is, a stored code
// worded in the UI language (`regulator.values.<group>.<value>`, its detail in the locale's
// parentheses). The Chinese statutory sheets print the code's Chinese label instead.
import { useTranslation } from "react-i18next";
import { attendeesZh } from "@anzhi/contracts";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { attendeeText } from "../../lib/training-words.ts";

export type LedgerCell = RouterOutputs["regulator"]["ledger"]["rows"][number]["cells"][number];

export function useCellWords(): (cell: LedgerCell) => string {
  const { t } = useTranslation();
  return (cell) => {
    if (typeof cell === "string") return cell;
    if ("attendees" in cell) return cell.attendees.map((a) => attendeeText(t, a)).join(t("app.listSep"));
    const word = t(`regulator.values.${cell.group}.${cell.value}`, { defaultValue: cell.zh });
    return cell.detail ? `${word}${t("app.paren", { text: cell.detail })}` : word;
  };
}

/** The cell as the Chinese statutory sheet prints it (the same words as the XLSX). */
export function cellZh(cell: LedgerCell): string {
  if (typeof cell === "string") return cell;
  if ("attendees" in cell) return attendeesZh(cell.attendees);
  return cell.detail ? `${cell.zh}（${cell.detail}）` : cell.zh;
}
