// The seeded admin's password on the project's own throwaway servers (e2e, after-build tests, benches, crash test).
// An installation's admin password is random (data/secrets.json, printed only to the instructor); these servers
// set ADMIN_PASSWORD to this value instead, so the clients that drive them know it without reading a file.
// They listen on 127.0.0.1 only. E2E_ADMIN_PASSWORD overrides it (both the server and the clients read it).
export const TEST_ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "e2e-admin-password-for-tests";

/** What a script signs in with: this process's ADMIN_PASSWORD when set (it started the server), else the test one. */
export function scriptAdminPassword(): string {
  return process.env.ADMIN_PASSWORD ?? TEST_ADMIN_PASSWORD;
}
