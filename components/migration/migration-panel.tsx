// The migration panel: six switches and the recommended path, as plain HTML forms (works with JavaScript off).
// The instructor moves the whole class; anyone else moves only their own browser's hybrid store.
import { CAPABILITIES, CAPABILITY_LABELS, encodeMigrationState, type MigrationState } from "../../core/migration/migration-state";
import { RECOMMENDED_MOVES, recommendedStates, stepOnRecommendedPath } from "../../core/migration/recommended-path";
import { BRIDGES, BRIDGES_NOT_BUILT, routeRequests } from "../../core/migration/route-requests";

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
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_1fr]">
      <form action={ACTION} method="post" className="card space-y-4 p-5" aria-labelledby={`${idPrefix}-switches`}>
        <h3 id={`${idPrefix}-switches`} className="text-lg font-bold">
          Six switches
        </h3>
        <p className="text-sm text-stone-600">
          {instructor
            ? "You hold the instructor key: choose whether this moves the whole class or only your browser."
            : "This moves only your browser's hybrid store. Only the instructor can move the whole class."}{" "}
          Now routed by: <strong>{source === "class" ? "the class state" : "your browser's own state"}</strong>.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {CAPABILITIES.map((c) => (
            <fieldset key={c} className="rounded-xl border border-stone-200 p-3">
              <legend className="px-1 text-sm font-semibold">{CAPABILITY_LABELS[c]}</legend>
              <div className="flex gap-4 text-sm">
                {(["monolith", "serverless"] as const).map((side) => (
                  <label key={side} className="flex items-center gap-1.5">
                    <input type="radio" name={c} value={side} defaultChecked={state[c] === side} />
                    {side === "monolith" ? "Monolith" : "Serverless"}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        {instructor ? (
          <fieldset className="text-sm">
            <legend className="font-semibold">Apply to</legend>
            <label className="mr-4 inline-flex items-center gap-1.5">
              <input type="radio" name="scope" value="class" defaultChecked /> Everyone in the class
            </label>
            <label className="inline-flex items-center gap-1.5">
              <input type="radio" name="scope" value="browser" /> Only this browser
            </label>
          </fieldset>
        ) : (
          <input type="hidden" name="scope" value="browser" />
        )}
        <input type="hidden" name="returnTo" value={returnTo} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn-primary">
            Apply
          </button>
          {source === "browser" ? (
            <button type="submit" name="action" value="follow-class" className="btn-secondary">
              Follow the class state ({encodeMigrationState(classState)})
            </button>
          ) : null}
        </div>
        <div className="text-sm">
          <h4 className="font-semibold">Bridges this state needs</h4>
          {table.bridges.length === 0 ? (
            <p className="text-stone-600">None: every capability is on one side.</p>
          ) : (
            <ul className="mt-1 list-disc space-y-1 pl-5 text-stone-700">
              {table.bridges.map((b) => (
                <li key={b}>
                  {BRIDGES[b]}
                  {BRIDGES_NOT_BUILT.has(b) ? (
                    <em className="text-amber-900"> Not built here: the serverless part serves it instead.</em>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </form>

      <section className="card space-y-3 p-5" aria-labelledby={`${idPrefix}-path`}>
        <h3 id={`${idPrefix}-path`} className="text-lg font-bold">
          Recommended order
        </h3>
        <p className="text-sm text-stone-600">
          Start where the value is high and the coupling low; move the pages, which everything else hangs on, last.{" "}
          {step === undefined ? "Your state is off this path." : `You are at step ${step} of 6.`}
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
                      {i}. {move ? `Move ${CAPABILITY_LABELS[move.capability].toLowerCase()}` : "All monolith"}
                      {here ? <span className="ml-2 text-fuchsia-800">(current)</span> : null}
                    </p>
                    {move ? (
                      <p className="text-stone-700">
                        <strong>Buys:</strong> {move.buys} <strong>Risks:</strong> {move.risks}
                      </p>
                    ) : (
                      <p className="text-stone-700">The starting point: one server does everything.</p>
                    )}
                  </div>
                  <button type="submit" className="btn-secondary shrink-0 py-1 text-xs" disabled={here}>
                    Go to step {i}
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
