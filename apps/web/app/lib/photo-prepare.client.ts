// On the phone, before upload (docs/decisions/035): reads a camera photo's capture time and GPS
// position with exifr's lite build, then shrinks the photo on a canvas to at most MAX_PHOTO_PX on
// its long side as a JPEG. The shrunk copy has no EXIF, so what was read travels beside it
// (`photoMeta`); the server marks it as the device's word. Loaded only when a photo is picked.
import exifr from "exifr/dist/lite.esm.mjs";
import type { PhotoMeta } from "@anzhi/contracts/uploads";

export const MAX_PHOTO_PX = 1600;
/** A photo already this small and light is sent as it is (its own EXIF then reaches the server). */
const KEEP_BYTES = 1.5 * 1024 * 1024;

const NO_META: PhotoMeta = { capturedAt: null, latitude: null, longitude: null };

async function readMeta(file: File): Promise<PhotoMeta> {
  try {
    // Default blocks (the lite build refuses `pick`); GPS gives latitude/longitude in degrees.
    const read = (await exifr.parse(file)) as
      { DateTimeOriginal?: unknown; latitude?: unknown; longitude?: unknown } | undefined;
    const taken = read?.DateTimeOriginal;
    const lat = read?.latitude;
    const lng = read?.longitude;
    const located = typeof lat === "number" && typeof lng === "number" && Number.isFinite(lat + lng);
    return {
      capturedAt: taken instanceof Date && !Number.isNaN(taken.getTime()) ? taken.toISOString() : null,
      latitude: located ? lat : null,
      longitude: located ? lng : null,
    };
  } catch {
    return NO_META;
  }
}

async function shrink(file: File): Promise<File> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  const scale = Math.min(1, MAX_PHOTO_PX / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && file.size <= KEEP_BYTES) return file;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
  if (!blob) return file;
  return new File([blob], `${file.name.replace(/\.[^.]*$/, "") || "photo"}.jpg`, { type: "image/jpeg" });
}

/** The photo to upload and what the original said; a file the browser cannot decode (HEIC) goes as it is. */
export async function preparePhoto(file: File): Promise<{ file: File; meta: PhotoMeta }> {
  const meta = await readMeta(file);
  try {
    return { file: await shrink(file), meta };
  } catch {
    return { file, meta };
  }
}
