import { StatusColours } from "@/components/dashboard/status-colours";
import { AppHeader } from "@/components/layout/app-header";
import { requirePageUser } from "@/lib/auth/authorized";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  // The header needs the user; each page checks its own role and sends a user
  // who still has a one-time password to the account page (which this layout also wraps).
  const user = await requirePageUser("VIEWER", { allowPendingPasswordChange: true });
  return (
    <>
      <StatusColours />
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
