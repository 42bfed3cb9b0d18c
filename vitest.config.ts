import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration, type ViteUserConfig } from "vitest/config";

type ProjectTest = NonNullable<ViteUserConfig["test"]>;

const alias = { "@": path.resolve(import.meta.dirname) };

const unit: ProjectTest = {
  include: [
    "lib/**/*.test.ts",
    "db/**/*.test.ts",
    "prompts/**/*.test.ts",
    "app/**/*.test.ts",
    "i18n/**/*.test.ts",
  ],
  environment: "node",
  setupFiles: ["tests/setup/env.ts"],
};
const integration: ProjectTest = {
  include: ["tests/integration/**/*.test.ts"],
  environment: "node",
  setupFiles: ["tests/setup/env.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
// The same unit and integration suites once more on PostgreSQL: a throwaway server for the run (or
// TEST_POSTGRES_URL) and a database per test file, copied from a migrated template.
const onPostgres: ProjectTest = {
  env: { CALLPILOT_SCHEMA_DIALECT: "postgresql" },
  globalSetup: ["tests/setup/postgres-global.ts"],
};

const projects: TestProjectInlineConfiguration[] = [
  { resolve: { alias }, test: { name: "unit", ...unit } },
  { resolve: { alias }, test: { name: "integration", ...integration } },
  { resolve: { alias }, test: { name: "unit-pg", ...unit, ...onPostgres } },
  { resolve: { alias }, test: { name: "integration-pg", ...integration, ...onPostgres } },
  {
    resolve: { alias },
    test: {
      name: "e2e",
      include: ["tests/e2e/**/*.test.ts"],
      environment: "node",
      testTimeout: 180_000,
      hookTimeout: 180_000,
      fileParallelism: false,
    },
  },
];

// Unit tests beside the code and integration tests of route handlers, each on SQLite and on PostgreSQL; the browser
// journeys against real `next start` servers (run after `next build`).
export default defineConfig({ resolve: { alias }, test: { projects } });
