/**
 * `npm run user:create -- --email a@b.org --role analyst [--name "A. B."] [--generate]`
 *
 * Prompts for the password (typed twice, not echoed) when run in a terminal;
 * with --generate, or when not in a terminal, generates a one-time password
 * that must be changed at first sign-in, and prints it once.
 */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { createDb } from "../lib/db/client";
import { isRole } from "../lib/auth/roles";
import { UserInputError, createUser } from "../lib/users/users";
import { withDatabase } from "../lib/runtime/database";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "officer" },
    name: { type: "string" },
    generate: { type: "boolean", default: false },
  },
});

function usage(message: string): never {
  console.error(`user:create: ${message}\nusage: npm run user:create -- --email EMAIL --role officer|analyst|admin [--name NAME] [--generate]`);
  process.exit(2);
}

/** Read a line without echoing it (the terminal shows nothing while typing). */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stdout.write(question);
    output._writeToOutput = () => {};
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  if (!values.email) usage("--email is required");
  if (!isRole(values.role)) usage(`unknown role "${values.role}"`);
  let password: string | undefined;
  if (!values.generate && process.stdin.isTTY) {
    password = await askHidden("Password (at least 10 characters; empty = generate a one-time password): ");
    if (password) {
      if ((await askHidden("Repeat the password: ")) !== password) usage("the two passwords differ");
    } else {
      password = undefined;
    }
  }
  await withDatabase(async (url) => {
    const db = createDb(url, 1);
    try {
      const { user, password: finalPassword } = await createUser({ email: values.email!, role: values.role as "officer", name: values.name, password }, db);
      console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
      if (password === undefined) console.log(`One-time password (change it at first sign-in): ${finalPassword}`);
    } catch (error) {
      if (error instanceof UserInputError) usage(error.code);
      throw error;
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(`user:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
