import { defineConfig } from "vitest/config";
import path from "node:path";

// The browser benchmark (`npm run bench:browser`): not part of `npm test`; it prints figures.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "..") } },
  test: {
    name: "bench",
    root: path.resolve(import.meta.dirname, ".."),
    include: ["e2e/**/*.bench-e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
