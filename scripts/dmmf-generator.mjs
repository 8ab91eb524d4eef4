#!/usr/bin/env node
// A Prisma generator that writes the schema's datamodel (DMMF) to JSON, so the
// schema-drift test can compare schema.prisma with the migrated database without
// Prisma's schema engine (which cannot be downloaded on our machines).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import helper from "@prisma/generator-helper";

helper.generatorHandler({
  onManifest: () => ({ prettyName: "Datamodel JSON", defaultOutput: "./dmmf.json" }),
  onGenerate: async (options) => {
    const out = options.generator.output?.value;
    if (!out) throw new Error("dmmf generator: no output path");
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify(options.dmmf.datamodel, null, 2));
  },
});
