import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "db/migrations/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["app/**", "lib/**", "db/**"],
    rules: { "no-console": "error" },
  },
];
export default config;
