// Runs once when a Next.js server starts: validate the configuration, migrate and seed the database, resume the
// call queue. Node.js runtime only; a wrong configuration stops the server with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/startup");
  await startServer();
}
