// `npm run reset`: puts the store back to its seed with the server stopped — the catalog and stock, orders and
// carts, uploads, their blobs and the image pipeline's state (its rows and the workflow world's folder). The
// secrets file, the accounts and the classroom's past runs stay. While the server runs, use "Reset the store" on
// the presenter instead (it does the same except the workflow folder, which the running server holds).
import "./lib/check-node";
import { rmSync } from "node:fs";
import { checkNativePackages, checkPortFree, exitWith, migrateDatabase, PreflightProblem, readSettings } from "./lib/preflight";
import { pointWorkflowAtDataFolder } from "../infra/lifecycle/local-workflow-world";

async function main() {
  const { PORT: port, HOST: host } = await readSettings();
  try {
    await checkPortFree(port, host, "npm run reset");
  } catch (e) {
    if (!(e instanceof PreflightProblem)) throw e;
    throw new PreflightProblem(
      `The server seems to be running (port ${port} is in use). Stop it first, or use "Reset the store" on the presenter (/class/present).`,
    );
  }
  checkNativePackages();
  migrateDatabase();
  const [{ prisma }, { getStorage }, { resetStore }] = await Promise.all([
    import("../infra/db/prisma-client"),
    import("../infra/storage/get-storage"),
    import("../infra/lifecycle/reset-store"),
  ]);
  try {
    const summary = await resetStore(prisma, getStorage(), (line) => console.log(line));
    pointWorkflowAtDataFolder();
    const workflowDir = process.env.WORKFLOW_LOCAL_DATA_DIR;
    if (workflowDir) rmSync(workflowDir, { recursive: true, force: true });
    console.log(`Done in ${(summary.ms / 1000).toFixed(1)} s. The secrets file and the accounts were left as they are.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch(exitWith);
