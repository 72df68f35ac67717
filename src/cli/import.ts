// `baton import FILE`: import customers, orders or follow-ups from .xlsx/.csv.
export async function run(argv: string[]): Promise<number> {
  process.stderr.write(`baton import: not available yet (${argv.join(' ')})\n`);
  return 2;
}
