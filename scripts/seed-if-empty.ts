// `npm start`'s seed step, run as its own process that exits when done: the seed renders pictures with sharp and
// holds the Prisma engine, and none of that memory should stay in `npm start`'s process, which goes on to serve
// the class.
import "./lib/check-node";

async function main() {
  const [{ prisma }, { getStorage }, { runSeed }] = await Promise.all([
    import("../infra/db/prisma-client"),
    import("../infra/storage/get-storage"),
    import("../infra/seed/run-seed"),
  ]);
  try {
    await runSeed(prisma, getStorage(), { log: (line) => console.log(`  ${line}`) });
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
