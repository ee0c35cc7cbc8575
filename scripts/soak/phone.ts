// One simulated phone in the classroom, as the soak drives a room of them: it joins the class (with the join code
// when the instructor's state shows one: `{ code, name }`, else `{ name }`), then follows the class state and
// answers each open prediction once. Kept small and in one place so a change to how phones join is one edit here.
// Each phone sends from its own loopback address (scripts/lib/loopback-addresses.ts), as phones on a classroom's
// network do: the per-address limits see one device per phone.
import http from "node:http";

type Reply = { status: number; body: string; cookies: string[] };

function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; localAddress: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress: init.localAddress }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookies: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}
export type ClassState = {
  code?: string;
  step: { id: string; prediction?: { key: string; choices: { id: string }[] } } | null;
  myAnswer?: string | null;
};

export type PhoneStats = { joined: boolean; answers: number; refused: number; status5xx: number; rateLimited: number };

export class Phone {
  private cookie = "";
  private answered = new Set<string>();
  readonly stats: PhoneStats = { joined: false, answers: 0, refused: 0, status5xx: 0, rateLimited: 0 };

  constructor(
    private readonly base: string,
    readonly name: string,
    private readonly localAddress: string,
  ) {}

  private count(status: number): void {
    if (status >= 500) this.stats.status5xx += 1;
    if (status === 429) this.stats.rateLimited += 1;
  }

  /** `code`: the join code the instructor's GET /api/class/state shows, when the class has one. */
  async join(code: string | undefined): Promise<boolean> {
    const res = await send(`${this.base}/api/class/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(code ? { code, name: this.name } : { name: this.name }),
      localAddress: this.localAddress,
    });
    this.count(res.status);
    this.cookie = res.cookies.map((c) => c.split(";")[0]).join("; ");
    this.stats.joined = res.status === 201;
    return this.stats.joined;
  }

  /** One look at the class (a phone's poll); answers the open question if it has not yet. */
  async follow(pick: (choices: { id: string }[]) => string): Promise<void> {
    const res = await send(`${this.base}/api/class/state`, { headers: { cookie: this.cookie }, localAddress: this.localAddress });
    this.count(res.status);
    if (res.status !== 200) return;
    const state = JSON.parse(res.body) as ClassState;
    const question = state.step?.prediction;
    if (!question || this.answered.has(question.key)) return;
    const answer = await send(`${this.base}/api/class/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: this.cookie },
      body: JSON.stringify({ questionKey: question.key, choiceId: pick(question.choices) }),
      localAddress: this.localAddress,
    });
    this.count(answer.status);
    if (answer.status === 201 || answer.status === 200) {
      this.answered.add(question.key);
      this.stats.answers += 1;
    } else if (answer.status !== 429) this.stats.refused += 1;
  }
}
