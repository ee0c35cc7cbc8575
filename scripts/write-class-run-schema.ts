// Writes classroom/model/class-run.schema.json, the JSON Schema of a class run's export file, from its zod schema
// (classroom/model/run-recording.ts), formatted as the repository's Prettier leaves it.
// classroom/model/run-recording.test.ts fails when the file is not current:
// run `npx tsx scripts/write-class-run-schema.ts` after changing the format.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { runRecordingJsonSchema } from "../classroom/model/run-recording";

const file = path.resolve(import.meta.dirname, "../classroom/model/class-run.schema.json");
writeFileSync(file, await format(JSON.stringify(runRecordingJsonSchema()), { ...(await resolveConfig(file)), filepath: file }));
console.log(`wrote ${path.relative(process.cwd(), file)}`);
