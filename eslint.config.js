// One flat config for the workspace. Beyond the recommended rules it enforces the layering of
// docs/decisions/001: domain never imports transports (tRPC, Remix); the web app never reaches
// the database; contracts stay browser-safe; no module imports itself back through others.
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const WALL_CLOCK = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "read time from the request's clock (`now`, `ctx.now()`), not the wall clock",
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: "read time from the request's clock (`now`, `ctx.now()`), not the wall clock",
  },
];

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/build/**", "**/generated/**", "**/.turbo/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // Import cycles: a module must not reach itself through its imports (type-only imports too).
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/resolver-next": [
        createNodeResolver({
          extensions: [".ts", ".tsx", ".js", ".json"],
          conditionNames: ["import", "node", "default"],
        }),
      ],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["packages/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@trpc/*", "@remix-run/*", "@anzhi/api", "@anzhi/api/*"],
              message: "domain must not depend on a transport",
            },
          ],
        },
      ],
    },
  },
  {
    // Time is an input (docs/decisions/006): services take `now`, requests carry one clock, and only
    // the clock module reads the wall clock. Tests pass fixed instants or a test clock.
    files: ["packages/domain/src/**/*.ts", "packages/api/src/**/*.ts", "apps/web/app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "packages/domain/src/clock.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...WALL_CLOCK],
    },
  },
  {
    // Tenancy by construction (docs/decisions/009): member procedures hand services the
    // organisation-scoped client `ctx.orgDb`. Only the routers whose callers are not members of one
    // organisation use the raw client: sign-up/login/sessions (auth), joining with an invitation
    // (members-join), the regulator portal (its grants are checked per call), health (system) and
    // regions (no database).
    files: ["packages/api/src/routers/**/*.ts"],
    ignores: [
      "**/*.test.ts",
      "packages/api/src/routers/*.fixture.ts",
      "packages/api/src/routers/auth.ts",
      "packages/api/src/routers/members-join.ts",
      "packages/api/src/routers/regulator.ts",
      "packages/api/src/routers/system.ts",
      "packages/api/src/routers/regions.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...WALL_CLOCK,
        {
          selector: "MemberExpression[object.name='ctx'][property.name='db']",
          message: "member procedures use the organisation-scoped client ctx.orgDb",
        },
      ],
    },
  },
  {
    files: ["packages/contracts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "@anzhi/*", "@prisma/*"],
              message: "contracts are browser-safe and depend on nothing of ours",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    // The browser suite's harness gives each server a database of its own (@anzhi/db/testing).
    ignores: ["apps/web/tests/e2e/harness.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@anzhi/db", "@anzhi/db/*", "@anzhi/domain", "@anzhi/domain/*"],
              message: "the web app talks to the api package only",
            },
          ],
        },
      ],
    },
  },
);
