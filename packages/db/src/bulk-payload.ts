// Large JSON payloads for bulk statements without routing them through Prisma's query engine
// (which serialises every parameter across its WebAssembly boundary — for a 500 KB batch that
// costs as much as the INSERT itself). The payload is parked in this process under a short key
// and SQLite reads it through the `anzhi_payload(key)` function registered on every connection
// openDb creates: `INSERT … SELECT … FROM json_each(anzhi_payload(?))`.

export const PAYLOAD_FUNCTION = "anzhi_payload";

const payloads = new Map<string, string>();
let seq = 0;

interface FunctionHost {
  function(
    name: string,
    options: { deterministic: boolean; varargs: boolean },
    fn: (key: unknown) => string | null,
  ): unknown;
}

/** Called once per better-sqlite3 connection by openDb. */
export function registerPayloadFunction(client: FunctionHost): void {
  client.function(PAYLOAD_FUNCTION, { deterministic: false, varargs: false }, (key) =>
    typeof key === "string" ? (payloads.get(key) ?? null) : null,
  );
}

/** Makes `json` readable as anzhi_payload(key) while `run` executes. */
export async function withPayload<T>(json: string, run: (key: string) => Promise<T>): Promise<T> {
  seq = (seq + 1) % Number.MAX_SAFE_INTEGER;
  const key = `p${seq}`;
  payloads.set(key, json);
  try {
    return await run(key);
  } finally {
    payloads.delete(key);
  }
}
