// Small labelled controls for the ledger forms (textarea, select, photo input), with the
// field's error linked for screen readers.
import type { ReactNode } from "react";

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Wrap({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextArea(props: {
  name: string;
  label: string;
  defaultValue?: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  id?: string;
  rows?: number;
}) {
  const id = props.id ?? `f-${props.name}`;
  return (
    <Wrap id={id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        id={id}
        name={props.name}
        defaultValue={props.defaultValue}
        required={props.required}
        rows={props.rows ?? 4}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(props.hint), Boolean(props.error))}
      />
    </Wrap>
  );
}

export function SelectField(props: {
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  defaultValue?: string;
  required?: boolean;
  empty?: string;
  error?: string | undefined;
}) {
  const id = `f-${props.name}`;
  return (
    <Wrap id={id} label={props.label} error={props.error}>
      <select
        id={id}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, false, Boolean(props.error))}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function PhotoInput(props: {
  name: string;
  label: string;
  hint: string;
  error?: string | undefined;
  id?: string;
}) {
  const id = props.id ?? `f-${props.name}`;
  return (
    <Wrap id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        type="file"
        name={props.name}
        accept="image/jpeg,image/png,image/webp,application/pdf"
        multiple
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, true, Boolean(props.error))}
      />
    </Wrap>
  );
}
