// Lint = Next's recommended rules + the import directions of docs/architecture.md ("Layout and import rules"),
// enforced by import/no-restricted-paths (a violation fails `npm test`).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// THE direction rule, one row per top-level folder: what it may import. Anything else of ours is an arrow the wrong
// way. tests/ and e2e/ may import anything and nothing imports them. The narrower rules below (entry points,
// lens/model, the classroom's parts) refine a row; they never widen it.
const MAY_IMPORT = {
  core: [],
  messages: ["core"],
  i18n: ["core", "messages"],
  components: ["core", "i18n", "messages"],
  // infra/seed is the seeding operation the reset uses (infra/lifecycle); scripts/seed.ts is its command line.
  infra: ["core", "lens"],
  lens: ["core", "infra", "components", "i18n", "messages", "serverless"],
  monolith: ["core", "infra", "lens", "components", "i18n", "messages"],
  serverless: ["core", "infra", "lens", "components", "i18n", "messages"],
  classroom: ["core", "infra", "lens", "components", "i18n", "messages", "serverless"],
  hybrid: ["core", "infra", "lens", "monolith", "serverless", "components", "i18n", "messages"],
  app: ["core", "infra", "lens", "classroom", "monolith", "serverless", "hybrid", "components", "i18n", "messages"],
  scripts: ["core", "infra", "lens", "classroom", "monolith", "serverless", "components", "i18n", "messages"],
};
const FOLDERS = [...Object.keys(MAY_IMPORT), "tests", "e2e"];
/** Every top-level folder of ours but core/ and `own`: what a pure part (lens/model, classroom/model) may not import. */
const notCoreOr = (own) => FOLDERS.filter((f) => f !== "core" && f !== own).map((f) => `./${f}`);
const directionZones = Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
  target: `./${folder}`,
  // core/ is refused messages/ in the zone below, which lets through the error catalog.
  from: FOLDERS.filter((f) => f !== folder && !allowed.includes(f) && !(folder === "core" && f === "messages")).map((f) => `./${f}`),
  message: `${folder}/ ${allowed.length ? `imports only ${allowed.map((f) => `${f}/`).join(", ")}` : "imports nothing of ours"} (see docs/architecture.md).`,
}));
// The one exception to "core/ imports nothing of ours": the error sentences (decision 041), which import nothing.
const ERROR_CATALOG = ["./errors.en.ts", "./errors.zh-CN.ts"];

// Test files are tools: they may import anything (fixtures in tests/, real lessons, the routes they drive).
const boundaries = {
  files: ["**/*.{ts,tsx}"],
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          ...directionZones,
          {
            target: "./core",
            from: "./messages",
            except: ERROR_CATALOG,
            message: "core/ imports nothing of ours but the error catalog, messages/errors.*.ts (decision 041).",
          },
          {
            target: ERROR_CATALOG.map((f) => `./messages/${f.slice(2)}`),
            from: FOLDERS.filter((f) => f !== "messages").map((f) => `./${f}`),
            message: "The error catalog imports nothing of ours: core/ reads it.",
          },
          // The architecture lens (lens/, decision 018) watches the stores; the stores, the hybrid and their shared
          // adapters reach it only through two entry points: the span wrapper on the server, the observed fetch in
          // the browser. Routes (app/), the classroom, proxy.ts and instrumentation.ts wire the rest of it in.
          {
            target: ["./monolith", "./serverless", "./infra", "./hybrid"],
            from: "./lens",
            except: ["./server/with-lens-span.ts", "./client/observed-fetch.ts"],
            message: "Stores reach the lens only through lens/server/with-lens-span.ts and lens/client/observed-fetch.ts.",
          },
          // lens/model is the lens's pure part: spans, traces, summaries. It imports core/ and nothing else of ours.
          {
            target: "./lens/model",
            from: ["./lens/server", "./lens/client", ...notCoreOr("lens")],
            message: "lens/model/ is pure: it imports only core/ (and other lens/model files).",
          },
          // The classroom (decision 040) is built like the lens. model/ (schemas, room rules, the run recording, the
          // shapes the screens receive) and lessons/ (the lessons' typed data) are pure, so they load anywhere —
          // a test, a script, the browser — without a database or a framework.
          {
            target: "./classroom/model",
            from: ["./classroom/lessons", "./classroom/server", "./classroom/client", ...notCoreOr("classroom")],
            message: "classroom/model/ is pure: it imports only core/ (and other classroom/model files).",
          },
          {
            target: "./classroom/lessons",
            from: ["./classroom/server", "./classroom/client", ...notCoreOr("classroom")],
            message: "classroom/lessons/ is data: it imports only core/ and classroom/model/.",
          },
          // The screens get what they show from the server's routes, never by importing it: server code would land in
          // the browser bundle. The shapes both sides share are in classroom/model/screen-types.ts.
          {
            target: "./classroom/client",
            from: "./classroom/server",
            message: "classroom/client/ never imports classroom/server/ (shared shapes live in classroom/model/).",
          },
          // The lens's function view and the classroom's runtime controls read the function runtime's own
          // bookkeeping (serverless/runtime), and nothing else of serverless/.
          {
            target: ["./lens", "./classroom"],
            from: "./serverless",
            except: ["./runtime"],
            message: "lens/ and classroom/ may read serverless/runtime/ but nothing else of serverless/.",
          },
          // The seed data is all serverless/ takes from the seed (the OpenAPI examples).
          {
            target: "./serverless",
            from: "./infra/seed",
            except: ["./catalog-data.ts"],
            message: "serverless/ reads only infra/seed/catalog-data.ts of the seed.",
          },
        ],
      },
    ],
  },
};

const conventions = {
  files: ["**/*.{ts,tsx}"],
  rules: {
    // ARCH: the monolith navigates with plain links on purpose (every click is a full server round trip, and it
    // works with JavaScript off); the serverless SPA uses next/link where client-side navigation is the point.
    "@next/next/no-html-link-for-pages": "off",
    "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
  },
};

// Configuration in one place: process.env is read and written only in core/config/env.ts — our settings through env()
// (validated, documented in docs/configuration.md), other libraries' own variables through processVariable() and
// setProcessVariable(). The two exceptions: instrumentation.ts reads Next's NEXT_RUNTIME / NEXT_PHASE literally (Next
// inlines them per bundle at build time), and the tools — scripts/, tests, e2e/ and the tools' config files
// (vitest, playwright, prisma) — which are not the app.
const configInOnePlace = {
  files: ["**/*.{ts,tsx,mts,mjs}"],
  ignores: [
    "core/config/env.ts",
    "instrumentation.ts",
    "scripts/**",
    "tests/**",
    "e2e/**",
    "**/*.test.ts",
    "**/*.test.tsx",
    "vitest.config.ts",
    "vitest.after-build.config.ts",
    "playwright.config.ts",
    "prisma.config.ts",
  ],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: "MemberExpression[object.name='process'][property.name='env']",
        message:
          "Read settings through env() in core/config/env.ts (add the variable to its schema and to docs/configuration.md); another library's own variable through processVariable().",
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  boundaries,
  conventions,
  configInOnePlace,
  // app/.well-known/: routes the Workflow SDK generates during `next build` (git-ignored), so a second `npm test`
  // on the same machine lints the same files as the first.
  {
    ignores: [
      ".next/**",
      ".vercel/**",
      "node_modules/**",
      "data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "app/.well-known/**",
      // `npm start` compiles scripts/start.ts here (scripts/start.mjs).
      "scripts/.compiled/**",
    ],
  },
];

export default config;
