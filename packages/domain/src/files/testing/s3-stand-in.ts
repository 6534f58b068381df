// A local S3 for tests: s3rver on a random port with one empty bucket, kept in a scratch folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import type { S3Env } from "@anzhi/config";
import { s3Storage } from "../s3-storage.ts";

export interface S3StandIn {
  /** ANZHI_S3_URL for it. */
  url: string;
  /** The same, parsed the way @anzhi/config does. */
  config: S3Env;
  /** Every key stored (without the prefix). */
  keys(): Promise<string[]>;
  /** Removes an object behind the product's back (a lost file). */
  remove(key: string): Promise<void>;
  close(): Promise<void>;
}

export async function startS3StandIn(bucket = "anzhi-test", prefix = ""): Promise<S3StandIn> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "anzhi-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  // s3rver's fixed keys (S3RVER:S3RVER).
  const config: S3Env = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    prefix: prefix ? `${prefix}/` : "",
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  };
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  return {
    url: `s3+http://S3RVER:S3RVER@127.0.0.1:${port}/${bucket}${prefix ? `/${prefix}` : ""}?forcePathStyle=true`,
    config,
    async keys() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: config.prefix }));
      return (listed.Contents ?? []).map((o) => (o.Key ?? "").slice(config.prefix.length));
    },
    remove: (key) => s3Storage(config).delete(key),
    async close() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
