// ARCH: both stores share one user table, and the serverless store writes no auth logic of its own — so
// accounts are created in the monolith, then used here through the auth service.
import { useDocumentTitle } from "../use-document-title";
import { AuthShell } from "./auth-shell";

export function RegisterView() {
  useDocumentTitle("Create an account");
  return (
    <AuthShell
      eyebrow="Serverless · BaaS auth"
      title="Create an account"
      intro={
        <>
          Create an account in the monolith — both stores share one user table. Then come back here and log in with the same email and
          password.
        </>
      }
    >
      <div className="flex flex-wrap items-center gap-3">
        <a href="/monolith/register?next=%2Fmonolith" className="btn-primary">
          Create an account in the monolith
        </a>
        <a href="/serverless/login" className="btn-secondary">
          Back to log in
        </a>
      </div>
    </AuthShell>
  );
}
