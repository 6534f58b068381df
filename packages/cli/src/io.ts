// What every command shares: where it writes, and the error that ends it with a one-line reason
// (program.ts prints it and exits non-zero). Commands import this, never program.ts.
export class CliError extends Error {}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}
