import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // Each spec file gets a fresh seeded database from e2e/support/test.ts, so no spec depends on another's data.
  {
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from ./support/test: it gives each spec file a fresh copy of the seeded database.",
            },
          ],
        },
      ],
    },
  },
  // CommonJS on purpose (loaded with `node --require`, before any TypeScript loader).
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  globalIgnores([".next*/**", "lib/generated/**", ".data/**", ".bench/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
