// /architecture and /architecture/compare: the live diagrams, function runtime, cost meter and compare run are
// client components speaking the lens's words.
import { AreaMessages } from "@/components/area-messages";

export default function ArchitectureLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["lens"]}>{children}</AreaMessages>;
}
