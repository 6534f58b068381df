import { describe, expect, it } from "vitest";
import { parseEnv } from "@anzhi/config";
import { uploadsNote } from "./backup.ts";

describe("what pnpm anzhi backup says about uploaded files", () => {
  it("names the bucket it does not copy when files are on S3", () => {
    const env = parseEnv({ ANZHI_S3_URL: "s3://AK:SK@oss-cn-hangzhou.aliyuncs.com/anzhi-files/prod" });
    expect(uploadsNote(env)).toBe(
      "uploaded files are not in this copy: they are in the S3 bucket anzhi-files/prod at " +
        "https://oss-cn-hangzhou.aliyuncs.com, which this command does not copy — keep them with the " +
        "bucket's own versioning or replication",
    );
  });
});
