// Serverless admin: "Add pet" through the serverless image pipeline (client upload to storage → durable run of
// thumbnail → store → metadata → index functions). Only admins see it; everyone else is asked to log in as one.
import { useSession } from "next-auth/react";
import { EmptyState } from "@/components/empty-state";
import { AddPetForm } from "../admin/add-pet-form";
import { useDocumentTitle } from "../use-document-title";
import { isAdmin } from "../session-user";
import { Spinner } from "./view-states";

export function AdminView() {
  useDocumentTitle("Admin");
  const { data: session, status } = useSession();
  if (status === "loading") return <Spinner label="Checking who you are" />;
  if (isAdmin(session)) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold text-stone-900">Add pet</h1>
        <p className="text-sm text-stone-600">
          The photo goes straight from your browser to blob storage; its upload-completed event starts a durable workflow whose steps run as
          separate functions: make thumbnails, store them, write the metadata row, update the search index.
        </p>
        <AddPetForm />
      </div>
    );
  }
  return (
    <EmptyState
      icon="box"
      title="Admins only"
      action={
        <a href="/serverless/login?next=%2Fserverless%2Fadmin" className="btn-primary px-6 py-2.5">
          Log in as an admin
        </a>
      }
    >
      {session?.user ? (
        <>You are logged in as {session.user.email}, which is not an admin account.</>
      ) : (
        <>Log in with an admin account to manage the catalog.</>
      )}
    </EmptyState>
  );
}
