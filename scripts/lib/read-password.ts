import { createInterface } from "node:readline";

/** Reads a password: hidden at a terminal (asked twice), or the first line of piped stdin. */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await promptHidden("Password (at least 12 characters): ");
  const second = await promptHidden("Password again: ");
  if (first !== second) throw new Error("The two passwords do not match.");
  return first;
}

async function readPiped(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  // `echo` adds a newline (Windows a CRLF); the password is the first line.
  return text.split(/\r?\n/)[0] ?? "";
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing of what is typed: readline writes through _writeToOutput.
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    let prompted = false;
    output._writeToOutput = (text: string) => {
      if (!prompted) {
        process.stdout.write(text);
        prompted = true;
      }
    };
    rl.question(question, (answer) => {
      process.stdout.write("\n");
      rl.close();
      resolve(answer);
    });
    rl.on("SIGINT", () => {
      rl.close();
      reject(new Error("Cancelled."));
    });
  });
}
