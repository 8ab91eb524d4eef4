import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LogOutEverywhereForm } from "@/components/account/log-out-everywhere-form";
import { FormMessage } from "@/components/ui/form-message";
import { requirePageUser } from "@/lib/auth/authorized";
import { ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  // The one page open to someone who still has a one-time password: they come here to replace it.
  const user = await requirePageUser("VIEWER", { allowPendingPasswordChange: true });
  const changed = (await searchParams).password === "changed";
  return (
    <>
      <h1 className="text-2xl font-semibold">Your account</h1>
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Name</dt>
        <dd>{user.name}</dd>
        <dt className="text-slate-600">Email</dt>
        <dd>{user.email}</dd>
        <dt className="text-slate-600">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <h2 className="mt-8 text-lg font-semibold">Change your password</h2>
      {user.mustChangePassword ? (
        <div className="mt-4 max-w-md">
          <FormMessage message="You logged in with a one-time password. Choose your own password to go on; until then the other pages stay closed." />
        </div>
      ) : null}
      {changed ? (
        <div className="mt-4 max-w-md">
          <FormMessage ok message="Your password is changed. Other sessions with the old password have ended." />
        </div>
      ) : null}
      <ChangePasswordForm email={user.email} />
      <h2 className="mt-8 text-lg font-semibold">Sessions</h2>
      <p className="mt-1 max-w-md text-sm text-slate-600">
        Ends your sessions on every device and browser, this one included, e.g. after using a shared computer or losing a laptop.
      </p>
      <LogOutEverywhereForm />
    </>
  );
}
