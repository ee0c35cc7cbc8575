// The hybrid's Add-pet page shares the admin form's client parts.
import { AreaMessages } from "@/components/area-messages";

export default function HybridAdminLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["admin"]}>{children}</AreaMessages>;
}
