// `npm run doctor`: is this environment fit for where the app runs? One line per setting — set, missing or
// unsafe — with a plain sentence, and exit code 1 when anything is unsafe (so a deploy pipeline can stop).
// The rules are in core/config/check-production-readiness.ts; this script only reads the environment and prints.
// Run it where the app runs: on Vercel, `vercel env pull` first and run it with those variables loaded.
import { checkProductionReadiness, type SettingStatus } from "../core/config/check-production-readiness";
import { parseEnv } from "../core/config/env";

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const LABEL: Record<SettingStatus, string> = { set: paint(32, "set    "), missing: paint(90, "missing"), unsafe: paint(31, "UNSAFE ") };

function main(): number {
  const report = checkProductionReadiness(process.env);
  const where = report.onVercel ? "Vercel" : "this machine";
  console.log(`Pet Store Twin doctor — ${where}, ${report.shared ? "shared database" : "embedded database"}\n`);
  const width = Math.max(...report.checks.map((c) => c.name.length));
  for (const c of report.checks) console.log(`${LABEL[c.status]}  ${c.name.padEnd(width)}  ${c.message}`);

  // The app validates its environment on start (core/config/env.ts); say so here, before it fails there.
  let startsOk = true;
  try {
    parseEnv(process.env);
  } catch (error) {
    startsOk = false;
    // A zod error lists each bad variable; anything else is one sentence (core/config/env.ts).
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    const reasons = issues
      ? issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`)
      : [error instanceof Error ? error.message : String(error)];
    console.log(`\n${LABEL.unsafe}  The app would refuse to start: ${reasons.join("; ")}`);
  }

  const unsafe = report.checks.filter((c) => c.status === "unsafe").length;
  if (unsafe === 0 && startsOk) {
    console.log(`\nNothing unsafe${report.shared || report.onVercel ? " for a shared deployment" : " for one machine"}.`);
    return 0;
  }
  console.log(
    `\n${unsafe} unsafe setting${unsafe === 1 ? "" : "s"}: fix ${unsafe === 1 ? "it" : "them"} before students use this deployment (docs/deploy.md).`,
  );
  return 1;
}

process.exitCode = main();
