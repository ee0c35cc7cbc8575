// The shapes the bench page reads from /api/class/load and /api/class/faults (the routes' JSON, as types only).
import type { SeriesPoint, SideFigures } from "@/classroom/model/load-stats";

export type LoadStatusJson = SideFigures & {
  running: boolean;
  preparing: boolean;
  runId: string | null;
  target: "monolith" | "serverless" | "both" | null;
  users: number;
  seconds: number;
  rampUpSeconds: number;
  activeUsers: number;
  elapsedSeconds: number;
  recentErrors: string[];
  series: SeriesPoint[];
  byTarget: { monolith: SideFigures; serverless: SideFigures };
};

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
