// Serverless admin: a placeholder until the image pipeline (upload → thumbnail → store → metadata → index)
// lands; only admins see it, everyone else is asked to log in as one.
import { useSession } from "next-auth/react";
import { EmptyState } from "@/components/empty-state";
import { useDocumentTitle } from "../use-document-title";
import { isAdmin } from "../session-user";
import { Spinner } from "./view-states";

export function AdminView() {
  useDocumentTitle("Admin");
  const { data: session, status } = useSession();
  if (status === "loading") return <Spinner label="Checking who you are" />;
  if (isAdmin(session)) {
    return (
      <EmptyState icon="box" title="Admin tools arrive with the image pipeline">
        Adding pets here will upload the picture to blob storage and let a chain of functions make the thumbnail, store it, write the metadata and
        update the search index.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon="box"
      title="Admins only"
      action={<a href="/serverless/login?next=%2Fserverless%2Fadmin" className="btn-primary px-6 py-2.5">Log in as an admin</a>}
    >
      {session?.user ? <>You are logged in as {session.user.email}, which is not an admin account.</> : <>Log in with an admin account to manage the catalog.</>}
    </EmptyState>
  );
}
