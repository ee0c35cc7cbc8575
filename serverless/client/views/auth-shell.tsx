// The frame of the serverless login/register/admin views: the shared auth card in the serverless accent colour.
import { AuthCard, HowItWorks as HowItWorksList } from "@/components/auth-card";

type AuthShellProps = Omit<React.ComponentProps<typeof AuthCard>, "accent">;

export function AuthShell(props: AuthShellProps) {
  return <AuthCard accent="serverless" {...props} />;
}

/** A numbered "what happens" list: this is a teaching app, the store explains itself. */
export function HowItWorks({ title, steps }: { title: string; steps: React.ReactNode[] }) {
  return <HowItWorksList accent="serverless" title={title} steps={steps} />;
}
