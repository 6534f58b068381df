// The camera photos of one item card (docs/decisions/035). Picking photos loads the client module
// that reads each one's capture time and position and shrinks it on the device; the input then
// holds the shrunk copies and `photoMeta` what the originals said. The form cannot be sent while
// that runs. Without JavaScript the originals go as they are (their EXIF is read on the server).
import { useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";

export function PhotoInput(props: { id: string; count: number; error: string | undefined }) {
  const { t } = useTranslation();
  const meta = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ busy: boolean; prepared: number }>({ busy: false, prepared: 0 });

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const picked = [...(input.files ?? [])];
    if (meta.current) meta.current.value = "";
    if (picked.length === 0 || typeof DataTransfer === "undefined") return;
    setState({ busy: true, prepared: 0 });
    input.setCustomValidity(t("photos.preparing"));
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
    } finally {
      input.setCustomValidity("");
    }
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
        onChange={(e) => void onChange(e)}
        aria-invalid={props.error ? true : undefined}
        aria-busy={state.busy || undefined}
      />
      <input ref={meta} type="hidden" name="photoMeta" defaultValue="" />
      <p className="hint" role="status" data-testid="photo-prepared">
        {state.busy ? t("photos.preparing") : state.prepared > 0 ? t("photos.prepared", { count: state.prepared }) : ""}
      </p>
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
