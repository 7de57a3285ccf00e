// Imported (for its effect) by every zod schema the browser also runs. zod compiles
// object schemas with `new Function` where it may, and probes for that on first use: under
// our Content-Security-Policy (no 'unsafe-eval', lib/http/content-security-policy.ts) the probe
// is refused and reported as a violation. jitless skips the probe and the compiling.
import { z } from "zod";

z.config({ jitless: true });
