// "Step n of N" with a progress bar the screen reader announces as such. Works without JavaScript.
export function StepProgress({ n, total, size = "md" }: { n: number; total: number; size?: "md" | "lg" }) {
  const pct = Math.round((n / total) * 100);
  return (
    <div className={size === "lg" ? "space-y-2" : "space-y-1.5"}>
      <p className={`${size === "lg" ? "text-base" : "text-sm"} font-semibold text-stone-600`} data-testid="step-counter">
        Step {n} of {total}
      </p>
      <div
        role="progressbar"
        aria-label="Lesson progress"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={n}
        aria-valuetext={`Step ${n} of ${total}`}
        className={`${size === "lg" ? "h-3" : "h-2"} w-full overflow-hidden rounded-full bg-stone-200`}
      >
        <div
          className="h-full rounded-full bg-gradient-to-r from-brand-500 to-brand-700 transition-[width] duration-500"
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
