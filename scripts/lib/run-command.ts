/** Runs a command's main function; a failure prints its plain message, not a stack, and exits 1. */
export function runCommand(main: () => Promise<void>) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
