// The demo logins printed by `npm run dev` and listed in README.md. Seeded only
// into the embedded development and test databases, never by `npm start`.
export const demoUsers = [
  { email: "admin@example.org", name: "Ada Admin", role: "ADMIN", password: "admin-demo-password" },
  { email: "analyst@example.org", name: "Anna Analyst", role: "ANALYST", password: "analyst-demo-password" },
  { email: "viewer@example.org", name: "Victor Viewer", role: "VIEWER", password: "viewer-demo-password" },
] as const;
