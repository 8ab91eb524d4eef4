import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next's `server-only` guard has nothing to guard outside a Next build.
  "server-only": path.resolve(import.meta.dirname, "test/support/empty-module.ts"),
};

export default defineConfig({
  test: {
    // A stray it.only would quietly skip every other test: refuse it, locally as in CI.
    allowOnly: false,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          allowOnly: false,
          include: ["{lib,prisma,components,scripts}/**/*.test.{ts,tsx}"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          allowOnly: false,
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          setupFiles: ["test/integration/setup.ts"],
          // One shared database: files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
          // next-auth imports "next/server" without the ".js" Node's own loader needs; through Vite it resolves.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
