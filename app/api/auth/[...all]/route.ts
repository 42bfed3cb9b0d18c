import { getAuth } from "@/lib/auth/auth";

// GET|POST /api/auth/* – Better Auth (sessions, anonymous sign-in, email and password)
export const GET = (request: Request) => getAuth().handler(request);
export const POST = (request: Request) => getAuth().handler(request);
