// The query compiler modules of @prisma/client 6.19 ship without types; plan-cache.ts needs only this.
declare module "@prisma/client/runtime/query_compiler_bg.sqlite.mjs" {
  export class QueryCompiler {
    compile(request: string): unknown;
  }
}
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export class QueryCompiler {
    compile(request: string): unknown;
  }
}
