// 待阅: signed records awaiting the director's or principal's 阅, each with a one-tap 阅 button,
// plus one button for all listed. Posts intent=readSign with the ids; the route's action calls
// the readSign procedure (the register decides who may).
import { Form, Link } from "@remix-run/react";
import { FormAlert } from "../Field.tsx";
import { useIsPending } from "../../lib/pending.ts";

export interface UnreadRow {
  id: string;
  href: string;
  label: string;
  detail: string;
}

interface Props {
  title: string;
  lead: string;
  empty: string;
  readLabel: string;
  readAllLabel: string;
  doneMessage: string | null;
  error: string | undefined;
  rows: UnreadRow[];
}

export function UnreadList({ title, lead, empty, readLabel, readAllLabel, doneMessage, error, rows }: Props) {
  const busy = useIsPending({ intent: "readSign" });
  return (
    <section className="card stack" aria-labelledby="unread-title" data-testid="unread-list">
      <h2 id="unread-title">{title}</h2>
      <p className="muted">{lead}</p>
      <FormAlert message={error} />
      {doneMessage ? (
        <p className="notice" role="status">
          {doneMessage}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ul className="item-cards">
            {rows.map((r) => (
              <li key={r.id} className="item-card">
                <p>
                  <Link to={r.href}>{r.label}</Link>
                </p>
                <p className="hint">{r.detail}</p>
                <Form method="post">
                  <input type="hidden" name="intent" value="readSign" />
                  <input type="hidden" name="id" value={r.id} />
                  <button type="submit" disabled={busy}>
                    {readLabel}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
          {rows.length > 1 ? (
            <Form method="post">
              <input type="hidden" name="intent" value="readSign" />
              {rows.map((r) => (
                <input key={r.id} type="hidden" name="id" value={r.id} />
              ))}
              <button type="submit" className="primary" disabled={busy}>
                {readAllLabel}
              </button>
            </Form>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The ids a readSign form posted. */
export function postedIds(form: FormData): string[] {
  return form.getAll("id").filter((v): v is string => typeof v === "string" && v !== "");
}
