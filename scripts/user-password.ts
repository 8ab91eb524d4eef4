// `npm run user:password -- --email ada@example.org`: sets the password of an
// existing account, e.g. after `npm run data:import` (a backup holds no
// password hashes) or when the only admin forgot theirs. The password is typed
// at a hidden prompt, or read from stdin when piped, as for user:create.
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { migrate } from "@/lib/database/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { newPasswordSchema } from "@/lib/validation/auth";
import { openProjectDatabase } from "./lib/project-database";
import { readPassword } from "./lib/read-password";
import { runCommand } from "./lib/run-command";

const USAGE = "Usage: npm run user:password -- --email <email>\nThe password is asked for (hidden), or read from stdin when piped.";

runCommand(async () => {
  const { email } = parseArgs({ options: { email: { type: "string" } }, strict: true }).values;
  if (!email?.trim()) throw new Error(`Say whose password to set.\n${USAGE}`);
  const checked = z.object({ password: newPasswordSchema }).safeParse({ password: await readPassword() });
  if (!checked.success) throw new Error(`Cannot set the password: ${checked.error.issues[0]!.message}`);
  const database = await openProjectDatabase("npm run user:password");
  try {
    await migrate(database.migrationUrl, { log: console.log, appUrl: database.url });
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const passwordHash = await hashPassword(checked.data.password);
      const user = await db.$transaction(async (tx) => {
        const found = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
        if (!found) throw new Error(`There is no user with the email ${email}.`);
        const updated = await tx.user.update({
          where: { id: found.id },
          data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false, version: { increment: 1 } },
          select: { id: true, email: true, name: true, version: true },
        });
        // As a password change in the app: sessions opened with the old password end.
        await tx.userSession.deleteMany({ where: { userId: found.id } });
        // lib/audit.ts is server-only; this is the same event, with no actor because no one is logged in.
        await tx.auditEvent.create({
          data: { actorId: null, action: "UPDATE", entityType: "User", entityId: String(found.id), after: { ...updated, passwordChanged: true, via: "user:password" } },
          select: { id: true },
        });
        return updated;
      });
      console.log(`Password set for ${user.name} <${user.email}>.`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
});
