// Browser tests: build the app when needed, check the size budget, start the production server
// on a free port, run the e2e suite against it, stop the server.
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";
import { buildIsStale } from "../lib/build/freshness.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app server exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not answer at ${url} within 60 s`);
}

if (buildIsStale()) run("npm", ["run", "--silent", "build"]);
run("node", ["lib/build/size-budget.mjs"]);

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stop);

let code = 1;
try {
  await waitForServer(baseUrl, server);
  const extra = process.argv.slice(2);
  const result = spawnSync(
    "npx",
    ["vitest", "run", "--config", process.env.E2E_CONFIG ?? "e2e/vitest.config.mts", ...extra],
    {
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: baseUrl },
    },
  );
  code = result.status ?? 1;
} catch (error) {
  console.error(`e2e: ${error.message}`);
} finally {
  stop();
}
process.exit(code);
