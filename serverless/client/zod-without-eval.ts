// Imported first by the SPA, before any schema is built: zod 4 compiles fast object parsers with `new Function`
// unless told not to, and merely probing whether it may (at the first z.object) is a script-src violation under
// the page's Content-Security-Policy, which allows no eval. The interpreted parser is fast enough for a form.
// (zod/mini shares classic zod's global config, so this covers both.)
import { config } from "zod/mini";

config({ jitless: true });
