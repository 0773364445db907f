/** Types of ./tag-channel.mjs (plain JavaScript, loaded by Next.js at run time). */
export const CHANNEL: string;
export class TagChannel {
  constructor(options: {
    url: string;
    onTags: (tags: string[]) => void;
    onGap: () => void;
    notifyTimeoutMs?: number;
    connectTimeoutMs?: number;
    heartbeatMs?: number;
    maxBackoffMs?: number;
    log?: Pick<Console, "warn" | "info">;
  });
  readonly origin: string;
  listening: boolean;
  /** The listening connection (its backend's processID), while there is one. */
  client: { processID?: number | null } | null;
  start(): void;
  ready(timeoutMs?: number): Promise<boolean>;
  publish(tags: string[]): Promise<void>;
  stop(): Promise<void>;
}
