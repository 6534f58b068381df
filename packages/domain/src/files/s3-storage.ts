// Files in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS…), when ANZHI_S3_URL is
// set (docs/decisions/031). Objects carry their content type; downloads stream the response body.
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { S3Env } from "@anzhi/config";
import type { FileStorage } from "./storage.ts";

/** A 404 from the service (HEAD answers a bare NotFound, GET a NoSuchKey). */
function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404;
}

export function s3Storage(config: S3Env): FileStorage {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    ...(config.credentials ? { credentials: config.credentials } : {}),
    // Checksums only where the API requires them: many S3-compatible stores refuse the SDK's
    // default CRC32 trailers on PUT.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = config.bucket;
  const Key = (key: string) => `${config.prefix}${key}`;
  return {
    async put(key, bytes, { contentType }) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: Key(key),
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.length,
        }),
      );
    },
    async head(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: Key(key) }));
        return { size: head.ContentLength ?? 0 };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: Key(key) }));
        if (!(object.Body instanceof Readable)) throw new Error(`S3 answered ${key} without a body stream`);
        return { size: object.ContentLength ?? 0, body: object.Body };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: Key(key) }));
    },
  };
}
