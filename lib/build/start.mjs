// Node-only: `npm start`. Builds the app when needed, then serves the production build on
// 127.0.0.1:3000 (PORT and HOST honoured).
import { spawn, spawnSync } from "node:child_process";
import { buildIsStale } from "./freshness.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT || "3000";
const host = process.env.HOST || "127.0.0.1";

if (buildIsStale()) {
  console.log("Building the production app (first start or sources changed)…");
  const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  if (build.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(build.status ?? 1);
  }
}

console.log(`Least Privilege is starting on http://${host}:${port}`);
const server = spawn("npx", ["next", "start", "-H", host, "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
