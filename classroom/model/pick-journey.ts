// Weighted choice of a virtual user's next journey. The random number is passed in, so tests pin it.
import { JOURNEYS, type Journey } from "./load-settings-schema";

export function pickJourney(mix: Record<Journey, number>, random: number): Journey {
  const total = JOURNEYS.reduce((sum, j) => sum + Math.max(0, mix[j]), 0);
  if (total <= 0) throw new RangeError("At least one journey needs a weight above 0.");
  let left = Math.min(Math.max(random, 0), 0.999999999) * total;
  for (const j of JOURNEYS) {
    const w = Math.max(0, mix[j]);
    if (left < w) return j;
    left -= w;
  }
  // Floating-point leftovers land on the last journey with a weight.
  return [...JOURNEYS].reverse().find((j) => mix[j] > 0)!;
}
