// ESLint flat config for every workspace. Each workspace's `lint` script runs `eslint .` in its
// own folder; ESLint finds this file by looking up from each linted file.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    "**/dist/",
    "**/generated/",
    "**/.next/",
    "**/out/",
    "**/.static-build/",
    "**/coverage/",
    "**/.turbo/",
    "**/next-env.d.ts",
    "artifacts/",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      eqeqeq: ["error", "smart"],
      "no-var": "error",
      "prefer-const": "error",
      "object-shorthand": "error",
      // `interface Region extends z.infer<typeof RegionSchema> {}`: a named type that editors and
      // declaration files show by its name instead of expanding it.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
    },
  },
  {
    files: ["**/*.tsx", "**/*.jsx"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Links go through components/Link.tsx (ClientLink.tsx in client components), which turn off viewport prefetching (see there).
    files: ["apps/web/**/*.ts", "apps/web/**/*.tsx"],
    ignores: ["apps/web/components/Link.tsx", "apps/web/components/ClientLink.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "import Link from \"@/components/Link\" (no prefetching)" }] }],
    },
  },
);
