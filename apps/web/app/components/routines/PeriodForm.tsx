// The parts the weekly report's and the monthly minutes' new forms share: the boxes to tick (sites,
// participants, attendees) and the signature footer. Each form keeps
// its own sections (the week's findings, the month's decisions).
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { FieldError, FormAlert } from "../Field.tsx";
import { useIsPending } from "../../lib/pending.ts";

/** A member as the period forms list them. */
export type PeriodPerson = RouterOutputs["routines"]["people"][number];

/** One box a choice, all named `name` (sites screened, members present), with the list's error. */
export function CheckList({
  name,
  legend,
  options,
  error,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string; checked: boolean }>;
  error?: string | undefined;
}) {
  return (
    <fieldset className="check-list" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="checkbox" name={name} value={o.value} defaultChecked={o.checked} />
          {o.label}
        </label>
      ))}
      <FieldError message={error} />
    </fieldset>
  );
}

/** The members who take part (viewers aside) as a `CheckList`; `ticked` says who starts ticked. */
export function memberOptions(people: readonly PeriodPerson[], ticked: (person: PeriodPerson) => boolean) {
  return people
    .filter((p) => p.roles.some((r) => r !== "viewer"))
    .map((p) => ({ value: p.id, label: p.name, checked: ticked(p) }));
}

/** What signing means, the form's message and the 签字提交 button (busy while the post is on its way). */
export function SignFooter({ lead, error }: { lead: string; error?: string | undefined }) {
  const { t } = useTranslation();
  const pending = useIsPending();
  return (
    <>
      <p className="hint">{lead}</p>
      <FormAlert message={error} />
      <button type="submit" className="primary big" disabled={pending}>
        {pending ? t("routines.common.signing") : t("routines.common.sign")}
      </button>
    </>
  );
}
