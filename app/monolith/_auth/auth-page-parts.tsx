// Shared pieces of the monolith's login and register pages (server components, no JavaScript needed).
import { Alert } from "@/components/alert";
import { AuthCard, HowItWorks as HowItWorksList } from "@/components/auth-card";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function firstParam(params: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.length <= 500 ? first : undefined;
}

type AuthShellProps = Omit<React.ComponentProps<typeof AuthCard>, "accent">;

export function AuthShell(props: AuthShellProps) {
  return <AuthCard accent="monolith" {...props} />;
}

export function FormMessages({ error, notice }: { error?: string; notice?: string }) {
  return (
    <>
      {error ? <Alert>{error}</Alert> : null}
      {notice ? <Alert kind="notice">{notice}</Alert> : null}
    </>
  );
}

/** A numbered "what the server does" list: this is a teaching app, the monolith explains itself. */
export function HowItWorks({ title, steps }: { title: string; steps: React.ReactNode[] }) {
  return <HowItWorksList accent="monolith" title={title} steps={steps} />;
}
