// Which ids a mutation's input references (contracts `refTo` metadata), by procedure path. The
// member procedure runs before tRPC parses the input, so it parses the raw input with the
// procedure's own schemas here (a failing parse is left to tRPC, which reports it) and hands the
// references to the domain's one ownership check.
import type { AnyRouter } from "@trpc/server";
import type { z } from "zod";
import { refPathsOf, refsOf, type Ref } from "@anzhi/contracts";

const inputsByPath = new Map<string, readonly z.ZodType[]>();

/** Records the input schemas of the procedures of `router` that reference rows (called once per router). */
export function registerInputs(router: AnyRouter): void {
  for (const [path, procedure] of Object.entries(
    router._def.procedures as Record<string, { _def: { inputs: unknown[] } }>,
  )) {
    const inputs = procedure._def.inputs as z.ZodType[];
    if (inputs.some((schema) => refPathsOf(schema).length > 0)) inputsByPath.set(path, inputs);
  }
}

/** The references in a call's raw input; none when the input does not parse. */
export function referencesOf(path: string, raw: unknown): Ref[] {
  const refs: Ref[] = [];
  for (const schema of inputsByPath.get(path) ?? []) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return [];
    refs.push(...refsOf(schema, parsed.data));
  }
  return refs;
}
