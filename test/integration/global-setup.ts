import type { TestProject } from "vitest/node";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { startTestDatabaseServer } from "@/test/support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  const url = await server.createDatabase(`dialogue_tracker_it_${process.pid}`);
  await prepareDatabase(url, () => {});
  project.provide("databaseUrl", url);
  // Tests that need an empty database (migrations, schema drift) make their own there.
  project.provide("serverUrl", server.adminUrl);
  return () => server.stop();
}
