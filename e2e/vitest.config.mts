import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "..") } },
  test: {
    name: "e2e",
    root: path.resolve(import.meta.dirname, ".."),
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // CI machines are slower and busier than a laptop: a poll gives the page 10 s, not 1 s.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
