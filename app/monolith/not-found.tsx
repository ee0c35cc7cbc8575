import { NotFoundCard } from "@/components/not-found-card";

export default function MonolithNotFound() {
  return <NotFoundCard storeHref="/monolith" />;
}
