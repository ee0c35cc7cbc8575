// Work a server process must let finish before it exits (today: the monolith's image consumer). The server in
// front of Next (scripts/serve.ts) owns the stop signals: it stops taking requests, then runs these tasks with a
// deadline. The registry lives on globalThis under a Symbol.for key because Next bundles its own copy of this
// module into .next/server, and the copy instrumentation.ts loads must be the one serve.ts reads.
export type ShutdownTask = { name: string; run: () => Promise<void> };

type Registry = { tasks: ShutdownTask[]; owner?: string };

const KEY = Symbol.for("pet-store-twin.shutdown-tasks");

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[KEY] ??= { tasks: [] };
  return holder[KEY];
}

export function onShutdown(name: string, run: () => Promise<void>): void {
  registry().tasks.push({ name, run });
}

/** The process that handles SIGINT/SIGTERM for everyone says so; background parts then skip their own handlers. */
export function claimShutdown(owner: string): void {
  registry().owner = owner;
}

export function shutdownOwner(): string | undefined {
  return registry().owner;
}

export type ShutdownResult = { finished: string[]; unfinished: string[] };

/**
 * Runs every task at once and waits at most `deadlineMs`. A task still running then is reported as unfinished
 * (for the image consumer: its job keeps its lease and is claimed again after the next start).
 */
export async function runShutdownTasks(deadlineMs: number, tasks: ShutdownTask[] = registry().tasks): Promise<ShutdownResult> {
  const finished: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, deadlineMs);
  });
  await Promise.race([Promise.allSettled(tasks.map((t) => t.run().then(() => void finished.push(t.name)))), deadline]);
  clearTimeout(timer);
  return { finished, unfinished: tasks.map((t) => t.name).filter((n) => !finished.includes(n)) };
}
