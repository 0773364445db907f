/**
 * Running the project's tools (Prisma CLI, the seed, Next.js) as child processes
 * from the start script, with the node binary that runs us: no npx, no shell.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const ROOT = process.cwd();

/** Node entry points of the tools we run. */
export const BIN = {
  prisma: path.join(ROOT, "node_modules", "prisma", "build", "index.js"),
  next: path.join(ROOT, "node_modules", "next", "dist", "bin", "next"),
  /** The web server (`next start` with the socket address passed on: scripts/serve.mjs). */
  serve: path.join(ROOT, "scripts", "serve.mjs"),
};

/** `node --import tsx file.ts`: TypeScript scripts without an extra tsx wrapper process. */
export function tsArgs(file: string, args: string[] = []): string[] {
  return ["--import", "tsx", path.join(ROOT, file), ...args];
}

const running = new Set<ChildProcess>();

/** The children still running, so a signal can be forwarded to them. */
export function runningChildren(): ChildProcess[] {
  return [...running];
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Capture output instead of showing it (shown anyway when the command fails). */
  quiet?: boolean;
}

/** Run `node <args>` to completion; rejects with the command's output when it fails. */
export function runNode(args: string[], options: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    running.add(child);
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => {
      running.delete(child);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[args[0] === "--import" ? 2 : 0])} exited with ${signal ?? code}${output ? `:\n${output.trim()}` : ""}`));
    });
  });
}

/** Start a long-running `node <args>` (the web server) and keep it in `runningChildren()`. */
export function startNode(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}
