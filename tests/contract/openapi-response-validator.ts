// Checks a real HTTP answer against the published OpenAPI document (/api/openapi.json): finds the operation its
// method and path match, the response its status declares, and validates the JSON body with a JSON Schema 2020-12
// validator (Ajv; OpenAPI 3.1's schemas are that dialect). Shared by the Vitest contract tests and the Playwright
// journeys, so "the route drifted from its schema" fails the same way in both.
import Ajv2020 from "ajv8/dist/2020.js";

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>> };

export type ContractCheck = { operation: string | null; errors: string[] };

export function createResponseValidator(doc: unknown) {
  const d = doc as Doc & { components: unknown };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "openapi", components: d.components }, "openapi");
  // Literal paths before templated ones: /uploads/blob is not /uploads/{imageId}.
  const templates = Object.keys(d.paths)
    .map((p) => ({ path: p, params: (p.match(/\{/g) ?? []).length, re: new RegExp(`^${p.replace(/\{[^}]+\}/g, "[^/]+")}$`) }))
    .sort((a, b) => a.params - b.params);
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

  return function check(method: string, url: string, status: number, body: unknown): ContractCheck {
    const path = new URL(url, "http://x").pathname;
    const template = templates.find((t) => t.re.test(path));
    if (!template) return { operation: null, errors: [`${method} ${path} is not in the published document`] };
    const op = d.paths[template.path]![method.toLowerCase()];
    const operation = `${method.toUpperCase()} ${template.path}`;
    if (!op) return { operation, errors: [`${operation} is not in the published document`] };
    const response = op.responses[String(status)];
    if (!response) return { operation, errors: [`${operation} answered ${status}, which the document does not list`] };
    const schema = response.content?.["application/json"]?.schema;
    if (!schema) return { operation, errors: [] };
    const key = `${operation} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      // The document's refs are "#/components/…": resolve them against the document's components.
      validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')));
      compiled.set(key, validate);
    }
    if (validate(body)) return { operation, errors: [] };
    return { operation, errors: (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || "(body)"} ${e.message}`) };
  };
}
