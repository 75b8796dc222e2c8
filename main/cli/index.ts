/**
 * Copydesk's command line: `npm run --silent cli -- <command> [args]`. Each command lives in
 * its own module and returns the process exit code.
 */
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./importCommand')).runImport,
  export: async () => (await import('./exportCommand')).runExport,
  check: async () => (await import('./checkCommand')).runCheck,
  quotes: async () => (await import('./quotesCommand')).runQuotes,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(
      `usage: npm run --silent cli -- <command> [args]\ncommands: ${Object.keys(commands).join(', ')}\n`,
    );
    return name ? 2 : 0;
  }
  const run = await load();
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
