/** Sign-in and password forms (messages are "auth.errors" i18n keys). */
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./passwords";

const str = (v: unknown) => (typeof v === "string" ? v : "");

export const signInSchema = z.object({
  email: z.preprocess((v) => str(v).trim(), z.string().min(1, "required").max(200, "tooLong")),
  password: z.preprocess(str, z.string().min(1, "required").max(200, "tooLong")),
  callbackUrl: z.preprocess(str, z.string().max(500)),
});

export const changePasswordSchema = z
  .object({
    current: z.preprocess(str, z.string().min(1, "required")),
    next: z.preprocess(str, z.string().min(MIN_PASSWORD_LENGTH, "passwordTooShort").max(200, "tooLong")),
    confirm: z.preprocess(str, z.string()),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "passwordMismatch" });
