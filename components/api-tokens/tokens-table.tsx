import { RevokeTokenButton } from "@/components/api-tokens/revoke-token-button";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { ApiTokenListItem } from "@/lib/data/api-tokens";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function TokensTable({ tokens }: { tokens: ApiTokenListItem[] }) {
  if (tokens.length === 0) {
    return <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">No API tokens yet. Create one below for a program that reads the record.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">API tokens, whose rights they carry, when they were created and last used</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Name</th>
            <th scope="col" className="px-3 py-2">Acts as</th>
            <th scope="col" className="px-3 py-2">Created (UTC)</th>
            <th scope="col" className="px-3 py-2">Last used (UTC)</th>
            <th scope="col" className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-medium">{token.name}</th>
              <td className="px-3 py-2">
                {token.user.name} ({ROLE_LABELS[token.user.role]})<br />
                <span className="text-slate-600">{token.user.email}</span>
              </td>
              <td className="px-3 py-2">{dateTime.format(token.createdAt)}</td>
              <td className="px-3 py-2">{token.lastUsedAt ? dateTime.format(token.lastUsedAt) : "Never"}</td>
              <td className="px-3 py-2">
                {token.revokedAt ? (
                  <span className="font-medium text-red-800">Revoked {dateTime.format(token.revokedAt)}</span>
                ) : (
                  <RevokeTokenButton id={token.id} name={token.name} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
