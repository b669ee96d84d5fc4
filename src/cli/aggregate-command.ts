// Owned by the workshop helper, who replaces this placeholder with the real command.
export async function aggregateCommand(args: string[]): Promise<number> {
  console.error(`aggregate: not available yet (${args.length} arguments)`);
  return 1;
}
