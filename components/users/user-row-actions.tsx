"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { OneTimePassword } from "@/components/users/one-time-password";
import { RoleSelect } from "@/components/users/role-select";
import { initialActionState } from "@/lib/action-state";
import { changeUserRole, endUserSessions, resetUserPassword, setUserDisabled, type OneTimePasswordData } from "@/lib/actions/users";
import type { UserListItem } from "@/lib/data/users";

type RowUser = Pick<UserListItem, "id" | "name" | "role" | "disabled" | "version">;

/** Role, status and password controls for one user; each form reports its own result. */
export function UserRowActions({ user, isSelf }: { user: RowUser; isSelf: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState(changeUserRole, initialActionState);
  const [statusState, statusAction, statusPending] = useActionState(setUserDisabled, initialActionState);
  const [resetState, resetAction, resetPending] = useActionState(resetUserPassword, initialActionState);
  const [sessionsState, sessionsAction, sessionsPending] = useActionState(endUserSessions, initialActionState);
  const reset = resetState.ok ? (resetState.data as OneTimePasswordData) : null;
  // A refused change keeps the role the admin chose, next to the reason; a saved one shows the saved role.
  const role = roleState.ok ? user.role : (roleState.values?.role ?? user.role);
  const hidden = (
    <>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={roleAction} className="flex items-end gap-2">
          {hidden}
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            Role for {user.name}
          </label>
          <RoleSelect id={`role-${user.id}`} name="role" defaultValue={role} key={user.version} />
          <Button type="submit" variant="secondary" disabled={rolePending} aria-label={`Save role for ${user.name}`}>
            Save role
          </Button>
        </form>
        {isSelf && !user.disabled ? null : (
          <form action={statusAction}>
            {hidden}
            <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
            <Button
              type="submit"
              variant={user.disabled ? "secondary" : "danger"}
              disabled={statusPending}
              aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.name}`}
            >
              {user.disabled ? "Enable" : "Disable"}
            </Button>
          </form>
        )}
        <form action={resetAction}>
          {hidden}
          <Button type="submit" variant="secondary" disabled={resetPending} aria-label={`Reset password for ${user.name}`}>
            Reset password
          </Button>
        </form>
        <form action={sessionsAction}>
          <input type="hidden" name="id" value={user.id} />
          <Button type="submit" variant="secondary" disabled={sessionsPending} aria-label={`Log out ${user.name} everywhere`}>
            Log out everywhere
          </Button>
        </form>
      </div>
      <FormMessage message={roleState.message} ok={roleState.ok} />
      <FormMessage message={statusState.message} ok={statusState.ok} />
      <FormMessage message={resetState.message} ok={resetState.ok} />
      <FormMessage message={sessionsState.message} ok={sessionsState.ok} />
      {reset ? <OneTimePassword data={reset} /> : null}
    </div>
  );
}
