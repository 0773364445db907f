import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("hashes with bcrypt and verifies only the right password", async () => {
    const hash = await hashPassword("une phrase de passe");
    expect(hash).toMatch(/^\$2[aby]\$11\$/);
    expect(await verifyPassword("une phrase de passe", hash)).toBe(true);
    expect(await verifyPassword("une phrase de pass", hash)).toBe(false);
  });

  it("generates unambiguous one-time passwords that pass the rules", () => {
    const a = generatePassword();
    expect(a).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$/);
    expect(generatePassword()).not.toBe(a);
    expect(passwordProblem(a)).toBeNull();
  });

  it("refuses short passwords and those bcrypt would truncate", () => {
    expect(passwordProblem("court")).toBe("tooShort");
    expect(passwordProblem("é".repeat(40))).toBe("tooLong");
  });
});
