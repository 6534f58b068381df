// The S3 stand-in for tests above the domain (the web's browser tests): see
// @anzhi/domain/files/testing/s3-stand-in.
export { startS3StandIn, type S3StandIn } from "@anzhi/domain/files/testing/s3-stand-in";
