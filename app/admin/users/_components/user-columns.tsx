import type { ColumnDef } from "@tanstack/react-table";
import type { UserSummary } from "@/lib/users/users";
import { UserRowActions } from "../user-forms";

/** The labels the columns need, resolved in the page's locale. */
export interface UserColumnLabels {
  email: string;
  role: string;
  status: string;
  lastLogin: string;
  actions: string;
  you: string;
  roleName: (role: UserSummary["role"]) => string;
  active: string;
  inactive: string;
  mustChange: string;
  never: string;
  dateTime: (date: Date) => string;
}

/** Columns of the accounts table (components/data-table kit); the row's forms are the one client part, never on one's own row. */
export function userColumns(l: UserColumnLabels, meId: number): ColumnDef<UserSummary>[] {
  return [
    {
      id: "email",
      header: l.email,
      meta: { rowHeader: true },
      cell: ({ row: { original: u } }) => (
        <>
          {u.email}
          {u.name && <span className="block text-xs text-slate-600">{u.name}</span>}
          {u.id === meId && <span className="ml-1 text-xs text-slate-600">({l.you})</span>}
        </>
      ),
    },
    { id: "role", header: l.role, cell: ({ row }) => l.roleName(row.original.role) },
    {
      id: "status",
      header: l.status,
      cell: ({ row: { original: u } }) => (
        <>
          {u.active ? l.active : l.inactive}
          {u.mustChangePassword && <span className="block text-xs text-amber-800">{l.mustChange}</span>}
        </>
      ),
    },
    { id: "lastLogin", header: l.lastLogin, cell: ({ row }) => (row.original.lastLoginAt ? l.dateTime(row.original.lastLoginAt) : l.never) },
    {
      id: "actions",
      header: () => <span className="sr-only">{l.actions}</span>,
      cell: ({ row: { original: u } }) =>
        u.id !== meId && <UserRowActions userId={u.id} version={u.version} email={u.email} role={u.role} active={u.active} />,
    },
  ];
}
