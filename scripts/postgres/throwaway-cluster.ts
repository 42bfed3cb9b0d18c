// A PostgreSQL server that lives only for a test run or a benchmark: Debian's binaries (initdb, pg_ctl), a fresh
// cluster in a temporary folder, a free loopback port, its socket in that folder, fsync off. Run as the `postgres`
// user when we are root (initdb refuses root). TEST_POSTGRES_URL skips all this and uses a server you run.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface ThrowawayCluster {
  /** Superuser URL of the `postgres` database. */
  url: string;
  stop(): void;
}

function postgresBinaries(): string {
  const explicit = process.env.POSTGRES_BIN;
  if (explicit) return explicit;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((entry) => fs.existsSync(path.join(root, entry, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      "PostgreSQL is not installed: the PostgreSQL tests need Debian's `postgresql` package (apt-get install -y postgresql), " +
        "which .ci/run installs, or TEST_POSTGRES_URL pointing at a server.",
    );
  }
  return path.join(root, versions[0], "bin");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const given = process.env.TEST_POSTGRES_URL;
  if (given) return { url: given, stop: () => undefined };

  const bin = postgresBinaries();
  const root = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "callpilot-pg-"));
  const run = (command: string, args: string[]) => {
    const [file, argv] = root ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: ["ignore", "pipe", "pipe"] });
  };
  if (root) execFileSync("chown", ["postgres:", dir]);
  fs.chmodSync(dir, 0o700);
  const data = path.join(dir, "data");
  run(path.join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--no-instructions",
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=400",
    "-c shared_buffers=128MB",
  ].join(" ");
  run(path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-o",
    options,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "start",
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    const [file, argv] = root
      ? ["runuser", ["-u", "postgres", "--", path.join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop"]]
      : [path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]];
    spawnSync(file, argv, { stdio: "ignore" });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
