import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A teaching app: show real headers, hide the framework banner.
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
