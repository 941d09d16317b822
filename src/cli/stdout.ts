// Printing a command's one result block. fs.writeSync on descriptor 1 first: touching process.stdout makes Node load
// its whole stream stack, a few milliseconds of every `dossier extract` call, to print one block of text. Only for
// commands that print nothing else: a write queued on process.stdout elsewhere could otherwise come out after it.
import { writeSync } from "node:fs";

/** Set once a write has gone through process.stdout: later ones follow it there, so output keeps its order. */
let streamed = false;

export const stdoutSink: { write: (text: string) => void } = { write: (text) => writeToDescriptor(text) };

/** Writes a command's result to standard output, through `stdoutSink` (which tests replace to capture it). */
export function writeStdout(text: string): void {
  stdoutSink.write(text);
}

/** Writes `text` to standard output; a reader that closes the pipe early (`| head`) is not an error. */
function writeToDescriptor(text: string): void {
  if (!streamed) {
    const buf = Buffer.from(text, "utf8");
    let off = 0;
    try {
      while (off < buf.length) off += writeSync(1, buf, off);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return;
      // A full non-blocking pipe where writeSync gives up (Node 20 on Linux waits instead), or a descriptor writeSync
      // cannot use: the stream queues the rest.
      if (code !== "EAGAIN" && code !== "EWOULDBLOCK" && code !== "EBADF" && code !== "EINVAL") throw err;
      streamed = true;
      text = buf.subarray(off).toString("utf8");
    }
  }
  if (!process.stdout.listenerCount("error")) {
    process.stdout.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") throw err;
    });
  }
  process.stdout.write(text);
}
