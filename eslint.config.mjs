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
