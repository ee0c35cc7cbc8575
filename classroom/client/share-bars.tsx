// The room's answers on the projector: one bar per choice, as its share of ALL answers (two choices at 50 % draw
// half the track each), with the count and the percentage; the right answer marked. Plain CSS, no chart library.
import { useTranslations } from "next-intl";
import type { Tally } from "@/classroom/model/class-room";

export function barShare(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 1000) / 10 : 0;
}

export function ShareBars({
  choices,
  tally,
  answer,
  sizes,
}: {
  choices: { id: string; label: string }[];
  tally: Tally;
  answer?: string;
  sizes: { label: string; small: string };
}) {
  const t = useTranslations("classroom.tally");
  return (
    <ul className="space-y-[min(0.9vw,1.6vh)]" aria-label={t("perChoice")} data-testid="tally" data-total={tally.total}>
      {choices.map((c, i) => {
        const count = tally.counts[c.id] ?? 0;
        const share = barShare(count, tally.total);
        const right = answer === c.id;
        return (
          <li key={c.id} data-choice={c.id} data-count={count} data-share={share}>
            <div className={`flex items-baseline justify-between gap-4 ${sizes.label} leading-snug`}>
              <span className={`flex min-w-0 items-start gap-3 ${right ? "font-bold text-emerald-900" : "text-stone-800"}`}>
                <span className="shrink-0 font-bold" aria-hidden="true">
                  {String.fromCharCode(65 + i)}
                </span>
                <span>
                  {c.label}
                  {right && <span className="sr-only"> ({t("right")})</span>}
                </span>
              </span>
              <span className="shrink-0 tabular-nums text-stone-700">
                {count} · {Math.round(share)}%
              </span>
            </div>
            <div className="mt-1 h-[min(1vw,1.8vh)] min-h-2 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
              <div
                className={`h-full rounded-full transition-[width] duration-500 ${right ? "bg-emerald-600" : "bg-stone-400"}`}
                style={{ width: `${share}%` }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
