// Global set-up of the PostgreSQL test projects: one throwaway server for the run, and a template database with
// every migration and pg-boss's schema applied, which each test file copies into a database of its own
// (tests/setup/env.ts) — a copy takes milliseconds where migrating takes seconds.
import pg from "pg";
import PgBoss from "pg-boss";
import type { TestProject } from "vitest/node";
import { createQueues } from "@/db/job-queue/pg-boss-store";
import { migratePostgres } from "@/db/postgres-migrate";
import { databaseUrl, startThrowawayCluster } from "@/scripts/postgres/throwaway-cluster";

export const templateDatabase = "callpilot_template";

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startThrowawayCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDatabase}`);
  await admin.query(`create database ${templateDatabase}`);
  const templateUrl = databaseUrl(cluster.url, templateDatabase);
  await migratePostgres(templateUrl);
  const boss = new PgBoss({ connectionString: templateUrl, supervise: false, schedule: false, max: 1 });
  await boss.start();
  await createQueues(boss);
  await boss.stop({ graceful: false, wait: true, close: true });
  await admin.end();
  project.provide("postgresServerUrl", cluster.url);
  project.provide("postgresTemplate", templateDatabase);
  return () => cluster.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
    postgresTemplate: string;
  }
}
