// The camera photos of one item card (docs/decisions/035). Picking photos loads the client module
// that reads each one's capture time and position and shrinks it on the device; the input then
// holds the shrunk copies and `photoMeta` what the originals said. A save pressed while that runs
// waits for it, then goes. Without JavaScript the originals go as they are (their EXIF is read on
// the server).
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";

export function PhotoInput(props: { id: string; count: number; error: string | undefined; queued: Blob[] }) {
  const { t } = useTranslation();
  const meta = useRef<HTMLInputElement>(null);
  const pending = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<{ busy: boolean; prepared: number }>({ busy: false, prepared: 0 });

  // On the form itself, so it runs before the router's submit handler (delegated at the root).
  useEffect(() => {
    const form = meta.current?.form;
    if (!form) return;
    const hold = (event: SubmitEvent) => {
      const waiting = pending.current;
      if (!waiting) return;
      event.preventDefault();
      event.stopPropagation();
      const submitter = event.submitter;
      void waiting.then(() => form.requestSubmit(submitter));
    };
    form.addEventListener("submit", hold);
    return () => form.removeEventListener("submit", hold);
  }, []);

  async function prepare(input: HTMLInputElement, picked: File[]) {
    setState({ busy: true, prepared: 0 });
    try {
      const { preparePhoto } = await import("../../lib/photo-prepare.client.ts");
      const prepared = await Promise.all(picked.map(preparePhoto));
      const files = new DataTransfer();
      for (const p of prepared) files.items.add(p.file);
      input.files = files.files;
      if (meta.current) meta.current.value = JSON.stringify(prepared.map((p) => p.meta));
      setState({ busy: false, prepared: prepared.length });
    } catch {
      // The originals stay in the input and go as they are.
      setState({ busy: false, prepared: 0 });
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const picked = [...(input.files ?? [])];
    if (meta.current) meta.current.value = "";
    if (picked.length === 0 || typeof DataTransfer === "undefined") return;
    const run = prepare(input, picked).finally(() => {
      if (pending.current === run) pending.current = null;
    });
    pending.current = run;
  }

  return (
    <div className="field">
      <label htmlFor={props.id}>{t("routines.today.photos")}</label>
      <small className="hint">{t("routines.today.photosHint")}</small>
      <input
        id={props.id}
        type="file"
        name="photos"
        accept="image/jpeg,image/png,image/webp,image/heic,image/*"
        capture="environment"
        multiple
        onChange={onChange}
        aria-invalid={props.error ? true : undefined}
        aria-busy={state.busy || undefined}
      />
      {/* No value prop: React would reset a hidden input's value (its default) on every render. */}
      <input ref={meta} type="hidden" name="photoMeta" />
      <p className="hint" role="status" data-testid="photo-prepared">
        {state.busy ? t("photos.preparing") : state.prepared > 0 ? t("photos.prepared", { count: state.prepared }) : ""}
      </p>
      {props.queued.length > 0 ? (
        <ul className="photo-thumbs" data-testid="queued-photos">
          {props.queued.map((blob, i) => (
            <li key={i}>
              <QueuedThumb blob={blob} alt={t("routines.today.queuedPhoto", { n: i + 1 })} />
            </li>
          ))}
        </ul>
      ) : null}
      {props.count > 0 ? (
        <p className="hint" data-testid="photo-count">
          {t("routines.today.photoCount", { count: props.count })}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A photo of a save waiting on the device, drawn from its kept Blob (the URL lives as long as the image). */
function QueuedThumb(props: { blob: Blob; alt: string }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(props.blob);
    if (img.current) img.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [props.blob]);
  return <img ref={img} alt={props.alt} width={64} height={64} />;
}
