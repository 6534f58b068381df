// Building blocks of the profile forms: a post form that knows its intent and pending state, and
// text/select/checkbox fields that show the server's field error and keep the typed values.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Field, FormAlert } from "../Field.tsx";
import type { FormError } from "../../lib/api-types.ts";
import { useIsPending } from "../../lib/pending.ts";

/** A refused post of an entity form: the procedure's `FormError` and the values to show again. */
export type FormState = Pick<FormError, "fields" | "message"> & { values: Record<string, string> };

interface EntityFormProps {
  intent: string;
  id?: string | undefined;
  state: FormState | null;
  submitLabel: string;
  children: ReactNode;
}

export function EntityForm({ intent, id, state, submitLabel, children }: EntityFormProps) {
  const { t } = useTranslation();
  const pending = useIsPending({ intent, id: id ?? "" });
  const hasFieldErrors = state !== null && Object.keys(state.fields).length > 0;
  return (
    <Form method="post" className="stack" noValidate>
      <input type="hidden" name="intent" value={intent} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormAlert message={state && !hasFieldErrors ? state.message : undefined} />
      <div className="form-grid">{children}</div>
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t("profile.saving") : submitLabel}
        </button>
      </div>
    </Form>
  );
}

interface InputProps {
  name: string;
  label: string;
  state: FormState | null;
  initial?: string | null | undefined;
  type?: string;
  required?: boolean;
  hint?: string;
  prefix: string;
}

export function TextField({ name, label, state, initial, type = "text", required, hint, prefix }: InputProps) {
  return (
    <Field
      id={`${prefix}-${name}`}
      name={name}
      label={label}
      type={type}
      required={required}
      hint={hint}
      defaultValue={state?.values[name] ?? initial ?? ""}
      error={state?.fields[name]}
    />
  );
}

interface SelectProps {
  name: string;
  label: string;
  state: FormState | null;
  initial?: string | null | undefined;
  options: readonly { value: string; label: string }[];
  prefix: string;
  value?: string;
  onChange?: (value: string) => void;
}

export function SelectField({ name, label, state, initial, options, prefix, value, onChange }: SelectProps) {
  const id = `${prefix}-${name}`;
  const error = state?.fields[name];
  const control =
    value !== undefined
      ? { value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChange?.(e.target.value) }
      : { defaultValue: state?.values[name] ?? initial ?? "" };
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...control}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function ProductChecks({
  products,
  checked,
  state,
  prefix,
}: {
  products: readonly { id: string; name: string }[];
  checked: readonly string[];
  state: FormState | null;
  prefix: string;
}) {
  const { t } = useTranslation();
  const error = state?.fields.productIds;
  return (
    <fieldset aria-describedby={error ? `${prefix}-products-error` : undefined}>
      <legend>{t("profile.certificates.products")}</legend>
      {products.length === 0 ? <p className="muted">{t("profile.products.empty")}</p> : null}
      <div className="choices">
        {products.map((p) => (
          <label key={p.id} className="choice">
            <input type="checkbox" name="productIds" value={p.id} defaultChecked={checked.includes(p.id)} />
            {p.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${prefix}-products-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function RetireForm({ intent, id, label }: { intent: string; id: string; label: string }) {
  const { t } = useTranslation();
  const pending = useIsPending({ intent, id });
  return (
    <Form
      method="post"
      onSubmit={(event) => {
        if (!window.confirm(t("profile.retireConfirm", { label }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="danger" disabled={pending} aria-label={`${t("profile.retire")}: ${label}`}>
        {pending ? t("profile.retiring") : t("profile.retire")}
      </button>
    </Form>
  );
}
