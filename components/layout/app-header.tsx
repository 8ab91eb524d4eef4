import Link from "next/link";
import { logout } from "@/lib/auth/logout";
import { hasRole, ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { HeaderSearch } from "@/components/search/header-search";

const NAV = [
  { href: "/dashboard", label: "Dashboard", role: "VIEWER" },
  { href: "/briefing", label: "Briefing", role: "VIEWER" },
  { href: "/rounds", label: "Rounds", role: "VIEWER" },
  { href: "/concerns", label: "Concerns", role: "VIEWER" },
  { href: "/cases", label: "Cases", role: "VIEWER" },
  { href: "/documents", label: "Documents", role: "VIEWER" },
  { href: "/data-to-check", label: "Data to check", role: "ANALYST" },
  { href: "/api-docs", label: "API", role: "VIEWER" },
  { href: "/admin/users", label: "Users", role: "ADMIN" },
  { href: "/admin/audit", label: "Audit log", role: "ADMIN" },
  { href: "/admin/tokens", label: "API tokens", role: "ADMIN" },
] as const;

export function AppHeader({ user }: { user: SessionUser }) {
  const links = NAV.filter((item) => hasRole(user.role, item.role));
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold text-slate-900">
          Dialogue Tracker
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((item) => (
            <Link key={item.href} href={item.href} className="text-slate-700 underline-offset-4 hover:text-slate-950 hover:underline">
              {item.label}
            </Link>
          ))}
        </nav>
        <HeaderSearch />
        <div className="flex items-center gap-3 text-sm">
          <Link href="/account" className="text-slate-700 hover:underline">
            <span className="font-medium text-slate-900">{user.name}</span>{" "}
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{ROLE_LABELS[user.role]}</span>
          </Link>
          <form action={logout}>
            <button type="submit" className="rounded-md border border-slate-300 px-2 py-1 text-slate-800 hover:bg-slate-100">
              Log out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
