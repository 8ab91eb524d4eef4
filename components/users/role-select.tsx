import type { SelectHTMLAttributes } from "react";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

export const ROLE_DESCRIPTIONS = {
  ADMIN: "manages users and themes, and can do everything",
  ANALYST: "creates and edits rounds, documents, concerns and statuses",
  VIEWER: "reads everything, changes nothing",
} as const;

/** Keyed by its default, as SelectField is: React applies a select's default only when it mounts. */
export function RoleSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      key={props.defaultValue === undefined ? undefined : String(props.defaultValue)}
      className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700/30"
      {...props}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
