import { describe, expect, it } from "vitest";
import { classifyRequestPath } from "./classify-request-path";

describe("classifyRequestPath", () => {
  it.each([
    ["/monolith/search?q=Biscuit", { component: "web-server", mode: "monolith" }],
    ["/monolith", { component: "web-server", mode: "monolith" }],
    ["/api/monolith/cart/add", { component: "web-server", mode: "monolith" }],
    ["/api/monolith/login", { component: "auth", mode: "monolith" }],
    ["/serverless/search?q=x", { component: "web-server", mode: "serverless" }],
    ["/api/auth/callback/credentials", { component: "auth", mode: "serverless" }],
    ["/api/baas/token", { component: "auth", mode: "serverless" }],
    ["/api/baas/pets/3", { component: "data-api", mode: "serverless" }],
    ["/api/functions/search?q=a", { component: "gateway", mode: "serverless" }],
    ["/api/lens/spans", { ignore: true }],
    ["/_next/static/chunk.js", { ignore: true }],
    ["/.well-known/workflow/v1/step", { component: "pipeline-step", mode: "serverless" }],
    ["/api/blob/pets/1.webp", { ignore: true }],
    ["/api/health", { ignore: true }],
    ["/monolithic", { ignore: true }],
    ["/hybrid/search?q=x", { component: "routing-facade", mode: "monolith" }],
    ["/api/hybrid/checkout", { component: "routing-facade", mode: "monolith" }],
    ["/hybridge", { ignore: true }],
  ])("%s", (path, expected) => {
    expect(classifyRequestPath(path)).toEqual(expected);
  });
});
