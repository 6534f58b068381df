// Photo evidence on a record (docs/decisions/035): each photo as a thumbnail with its stamp
// (server receipt, capture time and place, the "taken long before" flag) — printed as shown — and
// a viewer dialog with zoom. Each file's name links to the original; one that is not a photo, or
// has no thumbnail, is only that link.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatInstant } from "../../lib/format.ts";

export interface PhotoStampData {
  receivedAt: string | Date;
  capturedAt: string | Date | null;
  latitude: number | null;
  longitude: number | null;
  source: "file" | "device" | null;
  hasThumbnail: boolean;
  takenLongBefore: boolean;
}

export interface PhotoItem {
  id: string;
  fileName: string;
  mimeType: string;
  stamp: PhotoStampData | null;
}

/** The URL of a file (`full`) or of its thumbnail, for the page's reader (member or regulator). */
export type PhotoHref = (fileId: string, size: "full" | "thumbnail") => string;

const ZOOMS = [1, 1.5, 2, 3, 4] as const;

export function PhotoStamp({ stamp, timeZone }: { stamp: PhotoStampData; timeZone: string }) {
  const { t } = useTranslation();
  const source =
    stamp.source === "file" ? t("photos.sourceFile") : stamp.source === "device" ? t("photos.sourceDevice") : "";
  const located = stamp.latitude !== null && stamp.longitude !== null;
  return (
    <p className="photo-stamp" data-testid="photo-stamp">
      <span>{t("photos.received", { at: formatInstant(stamp.receivedAt, timeZone) })}</span>
      <span>
        {stamp.capturedAt
          ? `${t("photos.captured", { at: formatInstant(stamp.capturedAt, timeZone) })}${source}`
          : t("photos.capturedUnknown")}
      </span>
      <span>
        {located
          ? t("photos.location", { lat: stamp.latitude?.toFixed(5), lng: stamp.longitude?.toFixed(5) })
          : t("photos.locationUnknown")}
      </span>
      {stamp.takenLongBefore ? (
        <strong className="photo-flag" data-testid="photo-flag">
          {t("photos.takenLongBefore")}
        </strong>
      ) : null}
    </p>
  );
}

function Viewer({
  photo,
  href,
  timeZone,
  onClose,
}: {
  photo: PhotoItem;
  href: PhotoHref;
  timeZone: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [zoom, setZoom] = useState(0);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const scale = ZOOMS[zoom] ?? 1;
  const titleId = `photo-viewer-${photo.id}`;
  return (
    <dialog ref={dialog} className="photo-viewer" aria-labelledby={titleId} onClose={onClose}>
      <div className="photo-viewer-bar">
        <h2 id={titleId}>{t("photos.viewer")}</h2>
        <div role="group" aria-label={t("photos.zoomLevel", { percent: Math.round(scale * 100) })}>
          <button type="button" onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0}>
            {t("photos.zoomOut")}
          </button>
          <button type="button" onClick={() => setZoom(0)} disabled={zoom === 0}>
            {t("photos.zoomFit")}
          </button>
          <button
            type="button"
            onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}
            disabled={zoom === ZOOMS.length - 1}
          >
            {t("photos.zoomIn")}
          </button>
          <button type="button" onClick={() => dialog.current?.close()} autoFocus>
            {t("photos.close")}
          </button>
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t("photos.zoomLevel", { percent: Math.round(scale * 100) })}
      </p>
      <div className="photo-viewer-frame" tabIndex={0} aria-label={t("photos.fullAlt", { name: photo.fileName })}>
        <img
          src={href(photo.id, "full")}
          alt={t("photos.fullAlt", { name: photo.fileName })}
          style={{ width: `${scale * 100}%` }}
          data-testid="photo-full"
        />
      </div>
      {photo.stamp ? <PhotoStamp stamp={photo.stamp} timeZone={timeZone} /> : null}
    </dialog>
  );
}

export function PhotoStrip({
  photos,
  href,
  timeZone,
}: {
  photos: readonly PhotoItem[];
  href: PhotoHref;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<PhotoItem | null>(null);
  if (photos.length === 0) return null;
  return (
    <>
      <ul className="photo-strip" aria-label={t("photos.listLabel")}>
        {photos.map((p, i) => (
          <li key={`${p.id}-${i}`} data-testid="photo-item">
            {p.stamp?.hasThumbnail ? (
              <button
                type="button"
                className="photo-thumb"
                aria-haspopup="dialog"
                aria-label={t("photos.open", { name: p.fileName })}
                onClick={() => setOpen(p)}
              >
                <img
                  src={href(p.id, "thumbnail")}
                  alt={t("photos.thumbAlt", { name: p.fileName })}
                  loading="lazy"
                  data-testid="photo-thumb"
                />
              </button>
            ) : null}
            <a className="photo-name" href={href(p.id, "full")} target="_blank" rel="noreferrer">
              {p.fileName}
            </a>
            {p.stamp ? <PhotoStamp stamp={p.stamp} timeZone={timeZone} /> : null}
          </li>
        ))}
      </ul>
      {open ? <Viewer photo={open} href={href} timeZone={timeZone} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
