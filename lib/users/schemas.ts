/** The admin users page's forms (error messages are "admin.errors" i18n keys). */
import { z } from "zod";
import { ROLES } from "../auth/roles";

const id = z.preprocess((v) => Number(v), z.number({ error: "invalid" }).int().positive("invalid"));
const role = z.enum(ROLES, { error: "required" });
/** The account's version when the page was rendered (optimistic concurrency). */
const version = z.preprocess((v) => Number(v), z.number({ error: "invalid" }).int().positive("invalid"));

export const createUserSchema = z.object({
  email: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.email("invalidEmail").max(200, "tooLong")),
  name: z.preprocess((v) => (v ?? ""), z.string().trim().max(200, "tooLong")).transform((v) => v || null),
  role,
});

const account = z.object({ userId: id, version });
export const setRoleSchema = account.extend({ role });
export const setActiveSchema = account.extend({ active: z.enum(["true", "false"]).transform((v) => v === "true") });
export const resetPasswordSchema = account;
export const signOutEverywhereSchema = account;
