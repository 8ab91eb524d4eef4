// Runs in the browser before the app's own code (Next's instrumentation-client hook).
import { config } from "zod/v4/core";

// Zod compiles fast object parsers with new Function() when it may. Our CSP
// allows no eval (lib/security/headers.ts), so zod's probe is refused, and
// although zod then falls back by itself, every page whose client code builds
// a schema reports a CSP violation. jitless: zod does not try.
config({ jitless: true });
