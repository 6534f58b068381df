// A list of form rows the user adds and removes (the monthly minutes' decisions, the weekly
// report's hazards found). Rows are posted by position (`decisions[0].content`, …), so the
// server's per-row errors ("decisions.1.content") land on the row they name. With JavaScript the
// add and remove controls are buttons that keep what was typed and move the focus to the new row
// (or back to "add"); before hydration, and without JavaScript, they are links that reload the
// form with one row more or less (`?<param>=n`), as a plain GET would.
import { Link, useLocation } from "@remix-run/react";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";

const noSubscription = () => () => {};

interface Props {
  /** Rows shown first (from the URL's `param`, clamped by the loader). */
  initial: number;
  min: number;
  max: number;
  /** The query parameter that carries the row count when there is no JavaScript. */
  param: string;
  addLabel: string;
  /** The accessible name of row n's remove control ("删除决定 2"). */
  removeLabel: (n: number) => string;
  removeText: string;
  testId: string;
  /** Row i's fields, named by its position. */
  children: (i: number) => ReactNode;
}

export function RowList({ initial, min, max, param, addLabel, removeLabel, removeText, testId, children }: Props) {
  const location = useLocation();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const next = useRef(initial);
  const [keys, setKeys] = useState(() => Array.from({ length: initial }, (_, i) => i));
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    const at = focusRow.current;
    focusRow.current = null;
    if (at === null) return;
    const row = list.current?.children[at];
    const field = row?.querySelector<HTMLElement>("textarea, input, select");
    if (field) field.focus();
    else addButton.current?.focus();
  }, [keys]);
  const hrefWith = (n: number) => {
    const params = new URLSearchParams(location.search);
    params.set(param, String(n));
    return `?${params.toString()}`;
  };
  const add = () => {
    focusRow.current = keys.length;
    setKeys([...keys, next.current++]);
  };
  const remove = (i: number) => {
    focusRow.current = i > 0 ? i - 1 : keys.length > 1 ? 0 : null;
    setKeys(keys.filter((_, j) => j !== i));
    if (focusRow.current === null) addButton.current?.focus();
  };
  return (
    <>
      <ol className="row-list" ref={list} data-testid={testId}>
        {keys.map((key, i) => (
          <li key={key} className="row-list-row">
            {children(i)}
            {keys.length > min ? (
              hydrated ? (
                <button type="button" className="secondary" aria-label={removeLabel(i + 1)} onClick={() => remove(i)}>
                  {removeText}
                </button>
              ) : i === keys.length - 1 ? (
                <Link className="button" to={hrefWith(keys.length - 1)} aria-label={removeLabel(i + 1)} replace>
                  {removeText}
                </Link>
              ) : null
            ) : null}
          </li>
        ))}
      </ol>
      {keys.length < max ? (
        hydrated ? (
          <button type="button" className="secondary" ref={addButton} onClick={add}>
            {addLabel}
          </button>
        ) : (
          <Link className="button" to={hrefWith(keys.length + 1)} replace>
            {addLabel}
          </Link>
        )
      ) : null}
    </>
  );
}
