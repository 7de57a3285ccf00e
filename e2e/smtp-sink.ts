import { SMTPServer } from "smtp-server";

export type SinkMail = { to: string[]; raw: string; text: string };

/**
 * A real SMTP server on loopback that accepts every mail and keeps what it receives
 * (`keep: false` for the run-wide sink of e2e/global-setup.ts, which nobody reads).
 */
export class SmtpSink {
  readonly mails: SinkMail[] = [];
  private server?: SMTPServer;
  private readonly keep: boolean;

  constructor(options: { keep?: boolean } = {}) {
    this.keep = options.keep ?? true;
  }

  async start(port: number): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          if (this.keep) this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: decodeQuotedPrintable(raw) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mail whose text mentions `needle`. */
  mailsMentioning(needle: string): SinkMail[] {
    return this.mails.filter((mail) => mail.text.includes(needle));
  }
}

// Enough of quoted-printable for assertions on plain ASCII text (soft line breaks, =XX).
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
