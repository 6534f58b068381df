// The appointed people a training or a regulator's assessment covers: a box per person, with the
// score and the 合格 box beside it. Rows post as `<name>[i].roleAssignmentId|score|passed`; the
// route's form schema keeps the ticked ones.
import { useTranslation } from "react-i18next";
import { FieldError } from "./Field.tsx";

export function PeopleResults({
  name,
  legend,
  people,
  passedLabel,
  error,
}: {
  name: "attendees" | "results";
  legend: string;
  people: ReadonlyArray<{ id: string; name: string }>;
  passedLabel: string;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {people.map((p, i) => (
        <div key={p.id} className="attendee">
          <label className="choice">
            <input type="checkbox" name={`${name}[${i}].roleAssignmentId`} value={p.id} />
            {p.name}
          </label>
          <label className="inline-field">
            {t("training.score")}
            <input type="number" name={`${name}[${i}].score`} min={0} max={100} step="0.5" inputMode="decimal" />
          </label>
          <label className="choice">
            <input type="checkbox" name={`${name}[${i}].passed`} />
            {passedLabel}
          </label>
        </div>
      ))}
      <FieldError message={error} />
    </fieldset>
  );
}
