import { createRequire } from "node:module";

/** Next's CLI, run with this Node (`node NEXT_BIN dev|build|start …`). */
export const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
