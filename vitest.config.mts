import { defineConfig } from "vitest/config";

const alias = { "@": import.meta.dirname };
// Hang guards, not speed limits: on a loaded 2-core CI machine a test that spawns the CLI or runs
// a property check can take several times vitest's default 5 s without anything being wrong.
const testTimeout = 30_000;

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "lib",
          environment: "node",
          testTimeout,
          include: ["lib/**/*.test.ts", "lessons/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "components",
          environment: "jsdom",
          testTimeout,
          include: ["components/**/*.test.{ts,tsx}", "app/**/*.test.{ts,tsx}"],
          setupFiles: ["components/test-setup.ts"],
        },
      },
    ],
  },
});
