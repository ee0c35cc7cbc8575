// Writes core/lessons/class-run.schema.json, the JSON Schema of a class run's export file, from its zod schema
// (core/lessons/run-recording.ts), formatted as the repository's Prettier leaves it. core/lessons/run-recording.test.ts
// fails when the file is not current:
// run `npx tsx scripts/write-class-run-schema.ts` after changing the format.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { runRecordingJsonSchema } from "../core/lessons/run-recording";

const file = path.resolve(import.meta.dirname, "../core/lessons/class-run.schema.json");
writeFileSync(file, await format(JSON.stringify(runRecordingJsonSchema()), { ...(await resolveConfig(file)), filepath: file }));
console.log(`wrote ${path.relative(process.cwd(), file)}`);
