// A step's setup line (classroom/model/describe-setup.ts) in the visitor's words: the plain step page and the
// replay (which shows the setup each step applied when the class ran) say it the same way.
import { getTranslations } from "next-intl/server";
import type { SetupLine } from "@/classroom/model/describe-setup";

/** A setup line in the visitor's words. */
export async function setupText(line: SetupLine): Promise<string> {
  const t = await getTranslations("classroom");
  const tm = await getTranslations("migration");
  const where = (step: number | undefined) => (step === undefined ? t("setup.offPath") : t("setup.onPath", { step }));
  switch (line.key) {
    case "mode":
      return t("setup.mode", { mode: t(`mode.${line.mode}`) });
    case "resetInstances":
      return t("setup.resetInstances");
    case "idleTimeout":
    case "coldStartExtra":
      return t(`setup.${line.key}`, {
        duration: t(line.duration.unit === "s" ? "setup.seconds" : "setup.milliseconds", { value: line.duration.value }),
      });
    case "concurrency":
      return t("setup.concurrency", { limit: line.limit });
    case "faultOn":
    case "faultOff": {
      const tb = await getTranslations("bench.faults");
      return t(`setup.${line.key}`, { name: tb(`${line.name as "concurrency-limit"}.title`) });
    }
    case "load":
      return t("setup.load", { users: line.users, target: t(`mode.${line.target}`), seconds: line.seconds });
    case "migrationAllMonolith":
    case "migrationAllServerless":
      return t(`setup.${line.key}`, { where: where(line.step) });
    case "migrationSome":
      return t("setup.migrationSome", {
        moved: line.moved.map((c) => tm(`moveLower.${c}`)).join(t("setup.listSeparator")),
        where: where(line.step),
      });
  }
}
