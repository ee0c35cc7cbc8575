// The runs page's client components (delete, import) show the replay area's words.
import { AreaMessages } from "@/components/area-messages";

export default function RunsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["classroom", "replay"]}>{children}</AreaMessages>;
}
