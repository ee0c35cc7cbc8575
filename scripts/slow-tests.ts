// Prints the ten tests nearest their time limits (duration ÷ limit) from the durations the runners wrote to
// data/test-durations during `npm test`. `--clear` forgets the last run's (npm's pretest does it first).
import { clearDurations, readDurations, slowestReport } from "./lib/test-durations";

if (process.argv.includes("--clear")) clearDurations();
else console.log(`\n${slowestReport(readDurations())}`);
