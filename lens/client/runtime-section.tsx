"use client";
// Ties the runtime panel to the polled function report (one poller for the section).
import { FunctionRuntimePanel } from "./function-runtime-panel";
import { useFunctionsReport } from "./use-functions-report";

export function RuntimeSection({ instructor }: { instructor: boolean }) {
  const { report, refresh } = useFunctionsReport();
  return <FunctionRuntimePanel report={report} refresh={refresh} instructor={instructor} />;
}
