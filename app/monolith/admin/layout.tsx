// The Add-pet page's form and upload status are client components speaking the admin's words.
import { AreaMessages } from "@/components/area-messages";

export default function MonolithAdminLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["admin"]}>{children}</AreaMessages>;
}
