// The "record training / assessment" form of the appointment register.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FormError } from "../lib/api-types.ts";
import { Field, FormAlert } from "./Field.tsx";
import { PeopleResults } from "./PeopleResults.tsx";

export function TrainingForm({ people, error }: { people: { id: string; name: string }[]; error: FormError | null }) {
  const { t } = useTranslation();
  const fields = error?.fields ?? {};
  const attendeeError = Object.entries(fields).find(([k]) => k.startsWith("attendees"))?.[1];
  return (
    <details className="disclosure card" open={error ? true : undefined}>
      <summary>{t("training.add")}</summary>
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="training" />
        <FormAlert message={error && Object.keys(fields).length === 0 ? error.message : undefined} />
        <Field name="trainingDate" type="date" label={t("training.date")} required error={fields.trainingDate} />
        <Field name="topic" label={t("training.topic")} required error={fields.topic} />
        <Field name="trainer" label={t("training.trainer")} error={fields.trainer} />
        <Field
          name="hours"
          type="number"
          min={0}
          step="0.5"
          inputMode="decimal"
          label={t("training.hours")}
          error={fields.hours}
        />
        <Field name="nextDueAt" type="date" label={t("training.nextDueAt")} error={fields.nextDueAt} />
        <div className="field">
          <label htmlFor="f-assessmentMethod">{t("training.method")}</label>
          <select id="f-assessmentMethod" name="assessmentMethod" defaultValue="">
            <option value="">{t("training.none")}</option>
            {(["exam", "interview", "practical"] as const).map((m) => (
              <option key={m} value={m}>
                {t(`training.methods.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <PeopleResults
          name="attendees"
          legend={t("training.attendees")}
          people={people}
          passedLabel={t("training.passed")}
          error={attendeeError}
        />
        <button type="submit" className="primary">
          {t("training.save")}
        </button>
      </Form>
    </details>
  );
}
