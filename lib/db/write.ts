import type { Db } from "./client";
import type { Prisma } from "./generated/client";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./errors";
import { dbTimeouts } from "./timeouts";

export type Tx = Prisma.TransactionClient;

/** How far the database's clock may run ahead of the app's before we trust a refusal. */
const CLOCK_MARGIN_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * One recorded write, which either completes before its answer or not at all
 * (issue 9). The transaction carries a commit deadline: a deferred trigger on
 * `audit_entry` (every recorded change writes one) makes the database refuse
 * the COMMIT once the deadline has passed, so a COMMIT stuck in a frozen
 * server's socket cannot land minutes after the user was told it failed.
 * When the database does not answer, we wait until the deadline has passed
 * before reporting it: from then on, the database can only refuse.
 */
export async function writeTransaction<T>(db: Db, write: (tx: Tx) => Promise<T>, budgetMs = dbTimeouts().writeMs): Promise<T> {
  const deadline = Date.now() + budgetMs;
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT set_config('passerelle.commit_deadline', ${new Date(deadline).toISOString()}, true)`;
        return write(tx);
      },
      { maxWait: Math.min(budgetMs, dbTimeouts().connectMs), timeout: budgetMs },
    );
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    await sleep(deadline + CLOCK_MARGIN_MS - Date.now());
    throw new DatabaseUnavailableError("the database did not confirm the write in time: nothing was saved", { cause: error });
  }
}
