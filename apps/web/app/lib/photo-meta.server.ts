// The `photoMeta` field PhotoInput posts beside the shrunk photos: what the phone read from each
// original (docs/decisions/035). It is the device's advisory word, so anything that is not a
// well-formed list is dropped (the photos then carry only what their own bytes say), never refused.
import { z } from "zod";
import { MAX_UPLOAD_FILES, PhotoMetaSchema, type PhotoMeta } from "@anzhi/contracts/uploads";

const PhotoMetaListSchema = z.array(PhotoMetaSchema).max(MAX_UPLOAD_FILES);

export function photoMetaOf(form: FormData): PhotoMeta[] | undefined {
  const raw = form.get("photoMeta");
  if (typeof raw !== "string" || raw === "") return undefined;
  try {
    return PhotoMetaListSchema.safeParse(JSON.parse(raw)).data;
  } catch {
    return undefined;
  }
}
