import js from "@eslint/js";
import tseslint from "typescript-eslint";

const uiPackages = [
  "react",
  "react-dom",
  "zustand",
  "monaco-editor",
  "@monaco-editor/react",
  "framer-motion",
  "next",
  "react-markdown",
];
// Every lib/ module has one front door, its index.ts: outside the module, import `@/lib/<module>`.
const frontDoors = {
  group: ["@/lib/*/*", "!@/lib/*/index"],
  message:
    "Import lib/ modules through their front door (`@/lib/<module>`, its index.ts), not their files.",
};

const banned = (names) =>
  names
    .flatMap((name) => [name, `${name}/*`])
    .map((name) => ({
      group: [name],
      message: "lib/ is the pure core: no UI framework, store, editor or animation imports.",
    }));

export default tseslint.config(
  {
    ignores: [
      ".next-*/**",
      ".next/**",
      "out/**",
      "node_modules/**",
      "test-results/**",
      "public/catalog/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx,mts}"],
    ignores: [
      ".next-*/**",
      "lib/cli/**",
      "lib/build/**",
      "lib/server/**",
      "lib/**/*.test.ts",
      "lib/**/node.ts",
      "lib/**/bench.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "path", "child_process", "os", "crypto", "url"].map((name) => ({
            name,
            message:
              "lib/ runs in the browser too: no Node built-ins outside lib/cli, lib/build, lib/server.",
          })),
          patterns: [
            frontDoors,
            ...banned(uiPackages),
            {
              group: ["@/components", "@/components/*", "**/components/*"],
              message: "lib/ must not import components/.",
            },
            { group: ["@/app", "@/app/*"], message: "lib/ must not import app/." },
            {
              group: ["node:*"],
              message:
                "lib/ runs in the browser too: no Node built-ins outside lib/cli, lib/build, lib/server.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "window", message: "lib/ never touches window." },
        { name: "document", message: "lib/ never touches document." },
        { name: "localStorage", message: "lib/ never touches storage." },
      ],
    },
  },
  {
    // Routes, components and browser tests use lib/ only through its front doors.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "e2e/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [frontDoors] }] },
  },
  {
    files: ["**/*.mjs", "e2e/**", "lib/build/**", "lib/cli/**"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        fetch: "readonly",
      },
    },
  },
);
