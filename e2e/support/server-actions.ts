import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { E2E_DIST_DIR } from "../../scripts/lib/e2e-app";

// Where scripts/e2e-server.ts builds the app under test.
const DIST_DIR = path.resolve(E2E_DIST_DIR);

/**
 * The id Next gave a server action in this build, as a forged request needs it.
 * Read from the build's manifest, or failing that from the client chunks that
 * reference the action by name.
 */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const fromManifest = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && (!entry.filename || entry.filename.endsWith(file)),
  );
  if (fromManifest) return fromManifest[0];
  const ids = new Set(Object.keys(manifest.node));
  const chunks = path.join(DIST_DIR, "static", "chunks");
  for (const name of readdirSync(chunks, { recursive: true }) as string[]) {
    if (!name.endsWith(".js")) continue;
    const source = readFileSync(path.join(chunks, name), "utf8");
    for (const match of source.matchAll(/"([0-9a-f]{40,})"[^"]{0,200}"([A-Za-z]+)"/g)) {
      if (match[2] === exportedName && ids.has(match[1]!)) return match[1]!;
    }
  }
  throw new Error(`No server action ${exportedName} from ${file} in ${DIST_DIR}`);
}
