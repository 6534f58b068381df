// Test support: puts a hand-made EXIF block (APP1) into a JPEG, so tests know exactly which capture
// time and position the file claims. Little-endian TIFF with IFD0 → Exif IFD (DateTimeOriginal,
// optionally OffsetTimeOriginal) and GPS IFD (latitude/longitude as degrees, minutes, seconds).

export interface ExifClaims {
  /** "YYYY:MM:DD HH:MM:SS", the camera's wall clock. */
  dateTimeOriginal?: string;
  /** "+08:00": the offset the camera names, when it names one. */
  offsetTimeOriginal?: string;
  latitude?: number;
  longitude?: number;
}

interface Entry {
  tag: number;
  type: 2 | 4 | 5; // ASCII, LONG, RATIONAL
  count: number;
  /** Bytes of the value; at most 4 sit in the entry itself, longer values in the data area. */
  value: Uint8Array;
}

const ascii = (s: string): Entry["value"] => new TextEncoder().encode(`${s}\0`);

function rationals(values: Array<[number, number]>): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  values.forEach(([n, d], i) => {
    view.setUint32(i * 8, n, true);
    view.setUint32(i * 8 + 4, d, true);
  });
  return out;
}

function dms(degrees: number): Array<[number, number]> {
  const abs = Math.abs(degrees);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 1000);
  return [
    [d, 1],
    [m, 1],
    [s, 1000],
  ];
}

/** Lays out IFDs one after another, each followed by its long values. */
function tiff(ifds: Entry[][], pointers: Array<{ from: number; tag: number; to: number }>): Uint8Array {
  const sizes = ifds.map(
    (entries) =>
      2 + entries.length * 12 + 4 + entries.reduce((n, e) => n + (e.value.length > 4 ? e.value.length : 0), 0),
  );
  const starts: number[] = [];
  let at = 8;
  for (const size of sizes) {
    starts.push(at);
    at += size + (size % 2);
  }
  const out = new Uint8Array(at);
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49, 0x2a, 0x00]);
  view.setUint32(4, 8, true);
  ifds.forEach((entries, i) => {
    const start = starts[i] ?? 0;
    view.setUint16(start, entries.length, true);
    let data = start + 2 + entries.length * 12 + 4;
    entries.forEach((e, j) => {
      const pos = start + 2 + j * 12;
      view.setUint16(pos, e.tag, true);
      view.setUint16(pos + 2, e.type, true);
      view.setUint32(pos + 4, e.count, true);
      const pointer = pointers.find((p) => p.from === i && p.tag === e.tag);
      if (pointer) view.setUint32(pos + 8, starts[pointer.to] ?? 0, true);
      else if (e.value.length <= 4) out.set(e.value, pos + 8);
      else {
        view.setUint32(pos + 8, data, true);
        out.set(e.value, data);
        data += e.value.length;
      }
    });
  });
  return out;
}

/** The JPEG with an APP1 EXIF segment claiming `claims`, right after its start-of-image marker. */
export function jpegWithExif(jpeg: Uint8Array, claims: ExifClaims): Uint8Array {
  const exif: Entry[] = [];
  if (claims.dateTimeOriginal) exif.push({ tag: 0x9003, type: 2, count: 20, value: ascii(claims.dateTimeOriginal) });
  if (claims.offsetTimeOriginal) exif.push({ tag: 0x9011, type: 2, count: 7, value: ascii(claims.offsetTimeOriginal) });
  const gps: Entry[] = [];
  if (claims.latitude !== undefined && claims.longitude !== undefined) {
    gps.push({ tag: 0x0001, type: 2, count: 2, value: ascii(claims.latitude < 0 ? "S" : "N") });
    gps.push({ tag: 0x0002, type: 5, count: 3, value: rationals(dms(claims.latitude)) });
    gps.push({ tag: 0x0003, type: 2, count: 2, value: ascii(claims.longitude < 0 ? "W" : "E") });
    gps.push({ tag: 0x0004, type: 5, count: 3, value: rationals(dms(claims.longitude)) });
  }
  const pointer = (tag: number): Entry => ({ tag, type: 4, count: 1, value: new Uint8Array(4) });
  const ifd0 = [pointer(0x8769), pointer(0x8825)];
  const body = tiff(
    [ifd0, exif, gps],
    [
      { from: 0, tag: 0x8769, to: 1 },
      { from: 0, tag: 0x8825, to: 2 },
    ],
  );
  const header = new TextEncoder().encode("Exif\0\0");
  const length = 2 + header.length + body.length;
  const segment = new Uint8Array(2 + length);
  segment.set([0xff, 0xe1, length >> 8, length & 0xff]);
  segment.set(header, 4);
  segment.set(body, 4 + header.length);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}
