// The room's predictions as horizontal bars (plain CSS, no chart library): one row per choice with its count
// and share; the right answer is marked once it is revealed. A bar is the choice's share of all answers, not of the
// leading choice (two choices at 50 % each draw half the track).
import { useTranslations } from "next-intl";
import type { Tally } from "@/classroom/model/class-room";
import { barShare } from "./share-bars";

type Choice = { id: string; label: string };

export function TallyBars({
  choices,
  tally,
  answer,
  mine,
  large = false,
}: {
  choices: Choice[];
  tally: Tally;
  answer?: string;
  mine?: string;
  large?: boolean;
}) {
  const t = useTranslations("classroom.tally");
  return (
    <figure data-testid="tally" data-total={tally.total}>
      <figcaption className={`${large ? "text-lg" : "text-sm"} font-semibold text-stone-700`}>
        {t("answers", { count: tally.total })}
      </figcaption>
      <ul className="mt-3 space-y-3" aria-label={t("perChoice")}>
        {choices.map((c, i) => {
          const count = tally.counts[c.id] ?? 0;
          const pct = tally.total ? Math.round((count / tally.total) * 100) : 0;
          const right = answer === c.id;
          return (
            <li key={c.id} data-choice={c.id} data-count={count}>
              <div className={`flex items-start justify-between gap-3 ${large ? "text-lg" : "text-sm"}`}>
                <span className="flex items-start gap-2 font-medium text-stone-800">
                  <span
                    className="mt-0.5 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-stone-100 text-xs font-bold text-stone-700"
                    aria-hidden="true"
                  >
                    {String.fromCharCode(65 + i)}
                  </span>
                  <span>
                    {c.label}
                    {(right || mine === c.id) && (
                      <span className="mt-1 flex flex-wrap gap-1.5">
                        {right && (
                          <span className="whitespace-nowrap rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-bold text-emerald-800">
                            {t("right")}
                          </span>
                        )}
                        {mine === c.id && (
                          <span className="whitespace-nowrap rounded-full bg-mono-50 px-2 py-0.5 text-xs font-bold text-mono-600">
                            {t("yours")}
                          </span>
                        )}
                      </span>
                    )}
                  </span>
                </span>
                <span className="shrink-0 tabular-nums text-stone-700">
                  {count} <span className="text-stone-600">· {pct}%</span>
                </span>
              </div>
              <div className={`mt-1 ${large ? "h-5" : "h-3"} overflow-hidden rounded-full bg-stone-100`} aria-hidden="true">
                <div
                  className={`h-full rounded-full transition-[width] duration-500 ${right ? "bg-emerald-600" : answer ? "bg-stone-400" : "bg-brand-600"}`}
                  style={{ width: `${barShare(count, tally.total)}%`, minWidth: count ? "0.75rem" : 0 }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
