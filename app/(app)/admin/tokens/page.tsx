import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokensTable } from "@/components/api-tokens/tokens-table";
import { requirePageUser } from "@/lib/auth/authorized";
import { API_TOKEN_RATE_LIMIT } from "@/lib/auth/api-tokens";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listApiTokens } from "@/lib/data/api-tokens";
import { listUsers } from "@/lib/data/users";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  await requirePageUser("ADMIN");
  const [tokens, users] = await Promise.all([listApiTokens(), listUsers()]);
  const options = users.filter((u) => !u.disabled).map((u) => ({ value: String(u.id), label: `${u.name} (${ROLE_LABELS[u.role]}, ${u.email})` }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="mt-1 text-sm text-slate-600">
          Read-only keys to the API under <code>/api/v1/</code>, for programs such as a partner&apos;s database or a script. Each may make{" "}
          {API_TOKEN_RATE_LIMIT.requests} requests a minute. A revoked token, or one whose user is disabled, is refused at once.
        </p>
      </div>
      <TokensTable tokens={tokens} />
      <CreateTokenForm users={options} />
    </div>
  );
}
