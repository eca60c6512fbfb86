// Runs a command's main function and ends the process with its exit code, whatever it left running (a
// thread, a library's timer). A failure it did not handle is printed as describeFailure says: one line for
// what an author or the machine caused, the stack trace for a bug.
import { describeFailure } from "./describeFailure.ts";

export async function runCommand(main: () => Promise<number> | number): Promise<never> {
  let code: number;
  try {
    code = await main();
  } catch (error) {
    for (const line of describeFailure(error, { output: "the output folder" }).lines) console.error(line);
    code = 1;
  }
  process.exit(code);
}
