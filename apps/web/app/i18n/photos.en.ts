// English strings of photo evidence (same keys as photos.zh-CN.ts).
import type { photosZhCN } from "./photos.zh-CN.ts";

export const photosEn: typeof photosZhCN = {
  photos: {
    listLabel: "Photos",
    open: "View photo {{name}}",
    thumbAlt: "Photo thumbnail: {{name}}",
    fullAlt: "Photo: {{name}}",
    viewer: "Photo viewer",
    close: "Close",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    zoomFit: "Fit to screen",
    zoomLevel: "Zoom {{percent}}%",
    received: "Received by the server: {{at}}",
    captured: "Taken: {{at}}",
    capturedUnknown: "Taken: unknown",
    location: "Location: {{lat}}, {{lng}}",
    locationUnknown: "Location: unknown",
    sourceFile: " (from the photo file)",
    sourceDevice: " (read on the phone before upload)",
    takenLongBefore: "Note: taken more than a day before it was uploaded",
    preparing: "Compressing photos…",
    prepared: "{{count}} photo(s) compressed, uploaded when you save",
  },
};
