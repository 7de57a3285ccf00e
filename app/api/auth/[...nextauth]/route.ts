import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth-options";

// The options are built on the first request, not when `next build` imports this file.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
