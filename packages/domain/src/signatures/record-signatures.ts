// Handwritten signatures on statutory records (docs/decisions/032). The signing service calls
// `writeRecordSignature` inside its own transaction, after the record is written, with the content
// hash it computed: the signature row is bound to that hash and to the signed-in user (the caller
// passes the session's user, never a form field). A typed-name signature (the keyboard alternative)
// must match the signer's own name. `signaturesOf` answers whether each still covers the record: a
// record amended later has another hash, and its old signature is shown as not covering it.
import type { SignatureCapture } from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { hazardStepContentHash, isHazardStep, recordContentHash, type HashedRecord } from "../audit/record-hash.ts";
import { AppError } from "../errors.ts";

export interface SignatureTarget {
  organizationId: string;
  recordType: HashedRecord;
  recordId: string;
  /** The hazard's signing step (rectification | verification); "record" for the others. */
  step?: string;
  contentHash: string;
}

const normalName = (v: string) => v.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

export async function writeRecordSignature(
  tx: Pick<Tx, "recordSignature" | "user">,
  target: SignatureTarget,
  signerUserId: string,
  capture: SignatureCapture,
  now: Date,
): Promise<void> {
  if (capture.method === "typed") {
    const signer = await tx.user.findUniqueOrThrow({ where: { id: signerUserId }, select: { name: true } });
    if (normalName(signer.name) !== normalName(capture.typedName))
      throw new AppError("VALIDATION_FAILED", {
        issues: [{ path: "signature.typedName", message: "signature.name_mismatch" }],
      });
  }
  await tx.recordSignature.create({
    data: {
      organizationId: target.organizationId,
      recordType: target.recordType,
      recordId: target.recordId,
      step: target.step ?? "record",
      contentHash: target.contentHash,
      signerUserId,
      method: capture.method,
      imageSvg: capture.method === "drawn" ? capture.imageSvg : null,
      typedName: capture.method === "typed" ? capture.typedName : null,
      signedAt: now,
    },
    select: { id: true },
  });
}

export interface ShownSignature {
  step: string;
  method: "drawn" | "typed";
  imageSvg: string | null;
  typedName: string | null;
  signerName: string;
  /** The record's content hash now equals the one signed. */
  coversCurrent: boolean;
}

/** Whether anyone has signed the record (any step): a signature row, never a time column. */
export async function hasRecordSignature(
  db: Pick<Tx, "recordSignature">,
  organizationId: string,
  recordType: HashedRecord,
  recordId: string,
): Promise<boolean> {
  return (await db.recordSignature.count({ where: { organizationId, recordType, recordId } })) > 0;
}

/** The record's signatures, oldest first, each checked against the record's current content hash. */
export async function signaturesOf(
  db: Db,
  organizationId: string,
  recordType: HashedRecord,
  recordId: string,
): Promise<ShownSignature[]> {
  const rows = await db.recordSignature.findMany({
    where: { organizationId, recordType, recordId },
    orderBy: { signedAt: "asc" },
    select: {
      step: true,
      method: true,
      imageSvg: true,
      typedName: true,
      contentHash: true,
      signedAt: true,
      signer: { select: { name: true } },
    },
  });
  if (rows.length === 0) return [];
  // Each step is checked against its own content: a hazard's rectification and verification sign
  // their own hashes, the other records the whole record's.
  const current = new Map<string, string>();
  for (const step of new Set(rows.map((r) => r.step)))
    current.set(
      step,
      recordType === "hazard" && isHazardStep(step)
        ? await hazardStepContentHash(db, recordId, step)
        : await recordContentHash(db, recordType, recordId),
    );
  return rows.map((r) => ({
    step: r.step,
    method: r.method === "typed" ? "typed" : "drawn",
    imageSvg: r.imageSvg,
    typedName: r.typedName,
    signerName: r.signer.name,
    coversCurrent: r.contentHash === current.get(r.step),
  }));
}
