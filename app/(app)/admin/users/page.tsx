import type { Metadata } from "next";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { requirePageUser } from "@/lib/auth/authorized";
import { listUsers } from "@/lib/data/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePageUser("ADMIN");
  const users = await listUsers();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Users</h1>
        <p className="mt-1 text-sm text-slate-600">
          Who can log in and what they may do. A disabled account or a changed role takes effect on that person&apos;s next click.
        </p>
      </div>
      <UsersTable users={users} currentUserId={admin.id} />
      <CreateUserForm />
    </div>
  );
}
