// Errors are announced with role="alert"; notices with role="status".
export function Alert({ kind = "error", children }: { kind?: "error" | "notice"; children: React.ReactNode }) {
  if (kind === "notice") {
    return (
      <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
        {children}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      {children}
    </p>
  );
}
