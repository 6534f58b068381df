// Where a record's photos are read from: a member's own files, or the regulator's logged route.
import type { PhotoHref } from "../components/photos/PhotoStrip.tsx";

export const memberPhotoHref: PhotoHref = (fileId, size) =>
  size === "thumbnail" ? `/app/files/${fileId}/thumbnail` : `/app/files/${fileId}`;

export const regulatorPhotoHref =
  (organizationId: string): PhotoHref =>
  (fileId, size) =>
    `/regulator/enterprises/${organizationId}/files/${fileId}${size === "thumbnail" ? "?size=thumbnail" : ""}`;
