import "server-only";
// Runs one pipeline step as a *function invocation* through the same runtime as the search and purchase
// functions (serverless/runtime/function-runtime): the same instances, cold starts, concurrency cap, timeout
// and invocation log, so "Reset instances", the cold-start delay and the instance list reach the steps too, and
// each step is a function span in the lens. ARCH: in the monolith the four steps are one loop in one long-lived
// process; here each step is its own short invocation that the Workflow SDK queues, retries and resumes.
import { traceIdFor } from "../../lens/server/with-lens-span";
import { FunctionThrottledError, invokeFunction, ledgerAttributes, withFunctionSpan } from "../runtime/function-runtime";

export { FunctionThrottledError };

const noState = async () => null;

export async function runPipelineFunction<T>(functionName: string, work: () => Promise<T>): Promise<T> {
  return withFunctionSpan(functionName, async (span) => {
    const outcome = await invokeFunction({ name: functionName, init: noState, traceId: traceIdFor(), statusOf: () => 200 }, () => work());
    span.setAttributes({
      "faas.coldstart": outcome.meta.cold,
      ...(outcome.meta.instanceId ? { "faas.instance": outcome.meta.instanceId } : {}),
      ...ledgerAttributes(outcome.meta),
    });
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  });
}
