// The migration panel: six switches and the recommended path, as plain HTML forms (works with JavaScript off).
// The instructor moves the whole class; anyone else moves only their own browser's hybrid store.
import { useTranslations } from "next-intl";
import { CAPABILITIES, encodeMigrationState, type MigrationState } from "../../core/migration/migration-state";
import { RECOMMENDED_MOVES, recommendedStates, stepOnRecommendedPath } from "../../core/migration/recommended-path";
import { BRIDGES_NOT_BUILT, routeRequests } from "../../core/migration/route-requests";

type Props = {
  state: MigrationState;
  classState: MigrationState;
  source: "class" | "browser";
  instructor: boolean;
  /** Where the form sends the browser back to (a /hybrid or /architecture path). */
  returnTo: string;
  /** The panel's heading level and id prefix, so it fits under either page's headings. */
  idPrefix: string;
};

const ACTION = "/api/class/migration";

function StateFields({ state, scope, returnTo }: { state: MigrationState; scope: "class" | "browser"; returnTo: string }) {
  return (
    <>
      {CAPABILITIES.map((c) => (
        <input key={c} type="hidden" name={c} value={state[c]} />
      ))}
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
}

export function MigrationPanel({ state, classState, source, instructor, returnTo, idPrefix }: Props) {
  const step = stepOnRecommendedPath(state);
  const table = routeRequests(state);
  const scope = instructor ? "class" : "browser";
  const states = recommendedStates();
  const t = useTranslations("migration");
  const tb = useTranslations("hybridBridges");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_1fr]">
      <form action={ACTION} method="post" className="card space-y-4 p-5" aria-labelledby={`${idPrefix}-switches`}>
        <h3 id={`${idPrefix}-switches`} className="text-lg font-bold">
          {t("sixSwitches")}
        </h3>
        <p className="text-sm text-stone-600">
          {instructor ? t("instructorScope") : t("browserScope")}{" "}
          {t.rich("routedBy", { source: source === "class" ? t("routedByClass") : t("browserState"), strong })}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {CAPABILITIES.map((c) => (
            <fieldset key={c} className="rounded-xl border border-stone-200 p-3">
              <legend className="px-1 text-sm font-semibold">{t(`capability.${c}`)}</legend>
              <div className="flex gap-4 text-sm">
                {(["monolith", "serverless"] as const).map((side) => (
                  <label key={side} className="flex items-center gap-1.5">
                    <input type="radio" name={c} value={side} defaultChecked={state[c] === side} />
                    {side === "monolith" ? t("sideMonolith") : t("sideServerless")}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        {instructor ? (
          <fieldset className="text-sm">
            <legend className="font-semibold">{t("applyTo")}</legend>
            <label className="mr-4 inline-flex items-center gap-1.5">
              <input type="radio" name="scope" value="class" defaultChecked /> {t("everyone")}
            </label>
            <label className="inline-flex items-center gap-1.5">
              <input type="radio" name="scope" value="browser" /> {t("onlyBrowser")}
            </label>
          </fieldset>
        ) : (
          <input type="hidden" name="scope" value="browser" />
        )}
        <input type="hidden" name="returnTo" value={returnTo} />
        <p className="text-sm text-stone-600">{tb("pagesLast")}</p>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn-primary">
            {t("apply")}
          </button>
          {source === "browser" ? (
            <button type="submit" name="action" value="follow-class" className="btn-secondary">
              {t("followClass", { state: encodeMigrationState(classState) })}
            </button>
          ) : null}
        </div>
        <div className="text-sm">
          <h4 className="font-semibold">{t("bridgesNeeded")}</h4>
          {table.bridges.length === 0 ? (
            <p className="text-stone-600">{t("noneNeeded")}</p>
          ) : (
            <ul className="mt-1 list-disc space-y-1 pl-5 text-stone-700">
              {table.bridges.map((b) => (
                <li key={b}>
                  {t(`bridge.${b}`)}
                  {BRIDGES_NOT_BUILT.has(b) ? <em className="text-amber-900">{t("notBuiltHere")}</em> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </form>

      <section className="card space-y-3 p-5" aria-labelledby={`${idPrefix}-path`}>
        <h3 id={`${idPrefix}-path`} className="text-lg font-bold">
          {t("recommended")}
        </h3>
        <p className="text-sm text-stone-600">
          {t("recommendedIntro")} {step === undefined ? t("offPath") : t("atStep", { step })}
        </p>
        <ol className="space-y-2">
          {states.map((s, i) => {
            const move = i === 0 ? undefined : RECOMMENDED_MOVES[i - 1];
            const here = step === i;
            return (
              <li key={i} className={`rounded-xl border p-3 text-sm ${here ? "border-fuchsia-600 bg-fuchsia-50" : "border-stone-200"}`}>
                <form action={ACTION} method="post" className="flex flex-wrap items-start justify-between gap-2">
                  <StateFields state={s} scope={scope} returnTo={returnTo} />
                  <div className="min-w-0 flex-1">
                    <p className="font-semibold">
                      {i}. {move ? t("move", { capability: t(`moveLower.${move.capability}`) }) : t("allMonolith")}
                      {here ? <span className="ml-2 text-fuchsia-800">{t("current")}</span> : null}
                    </p>
                    {move ? (
                      <p className="text-stone-700">
                        <strong>{t("buys")}</strong> {t(`buysOf.${move.capability}`)} <strong>{t("risks")}</strong>{" "}
                        {t(`risksOf.${move.capability}`)}
                      </p>
                    ) : (
                      <p className="text-stone-700">{t("start")}</p>
                    )}
                  </div>
                  <button type="submit" className="btn-secondary shrink-0 py-1 text-xs" disabled={here}>
                    {t("goToStep", { step: i })}
                  </button>
                </form>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
