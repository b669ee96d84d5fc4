// Owned by the report helper, who replaces this placeholder with the real command.
export async function reportCommand(args: string[]): Promise<number> {
  console.error(`report: not available yet (${args.length} arguments)`);
  return 1;
}
