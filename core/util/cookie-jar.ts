// The cookies a client keeps between requests, as a browser keeps them: set from each answer's Set-Cookie, sent back
// as one Cookie header. Used by the bench's virtual shoppers and the scripts that drive the stores over HTTP.
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const c of res.headers.getSetCookie?.() ?? []) {
      const pair = c.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1);
      // An expired or emptied cookie (logout, rotation) is dropped, as a browser does.
      if (value === "" || /max-age=0\b|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}
