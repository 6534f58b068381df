// exifr's lite build (JPEG/HEIC; TIFF, EXIF and GPS blocks) has the full build's API and types.
declare module "exifr/dist/lite.esm.mjs" {
  import exifr from "exifr";
  export default exifr;
}
