// The shapes the bench page reads from /api/class/load and /api/class/faults (the routes' JSON, as types only).
export type { LoadStatus as LoadStatusJson } from "@/classroom/model/load-stats";

export type FaultJson = {
  name: string;
  title: string;
  enabled: boolean;
  params: Record<string, number>;
  description: string;
  appliesTo: string[];
  /** The recursive trigger's loops, as the breaker counted them. */
  loops?: { imageId: string; runs: number; invocations: number; tripped: boolean; maxRuns: number; summary: string }[];
};

export type ErrorJson = { error?: { message?: string } };
