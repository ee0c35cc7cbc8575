// What our callbacks add to next-auth's JWT and session (module augmentation, types only).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id?: number; role?: "customer" | "admin"; name?: string | null; email?: string | null; image?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: "customer" | "admin";
  }
}
