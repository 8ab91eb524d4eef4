import { UserRowActions } from "@/components/users/user-row-actions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { UserListItem } from "@/lib/data/users";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function UsersTable({ users, currentUserId }: { users: UserListItem[]; currentUserId: number }) {
  if (users.length === 0) {
    return <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">No users yet. Add the first one below.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Users, their role, status and last login</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Name</th>
            <th scope="col" className="px-3 py-2">Role</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Last login (UTC)</th>
            <th scope="col" className="px-3 py-2">Change</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <span className="font-medium">{user.name}</span>
                {user.id === currentUserId ? <span className="text-slate-600"> (you)</span> : null}
                <br />
                <span className="text-slate-600">{user.email}</span>
              </th>
              <td className="px-3 py-2">{ROLE_LABELS[user.role]}</td>
              <td className="px-3 py-2">{user.disabled ? <span className="font-medium text-red-800">Disabled</span> : "Active"}</td>
              <td className="px-3 py-2">{user.lastLoginAt ? dateTime.format(user.lastLoginAt) : "Never"}</td>
              <td className="px-3 py-2">
                <UserRowActions user={user} isSelf={user.id === currentUserId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
