// GET /api/dashboard/bookings – the caller's bookings, newest first: the original backend's dashboard listing, the
// same one as GET /api/bookings.
export { GET } from "@/app/api/bookings/route";
