// The one place that decides whether a chat message is a slash command and splits
// it into name and arguments. People type the ASCII `/` or, on a Chinese keyboard,
// the full-width `／`, sometimes with a space after it ("／ help"); all of these are
// the same command. Names compare case-insensitively ("/HELP" is "/help").

export interface SlashCommand {
  /** The command's name as typed, lower-cased, without the slash: "help", "交接". */
  name: string;
  /** The text after the name, trimmed; whitespace inside is kept (a multi-line answer stays multi-line). */
  rest: string;
  /** The rest split on whitespace, for commands that take words. */
  words: string[];
}

const SLASH = /^\s*[/／]\s*([^\s/／]+)(?:\s+([\s\S]*))?$/u;

/** The command in a message, or undefined when the message is not one. */
export function parseSlashCommand(text: string): SlashCommand | undefined {
  const m = SLASH.exec(text);
  if (!m) return undefined;
  const rest = (m[2] ?? '').trim();
  return { name: m[1]!.toLowerCase(), rest, words: rest ? rest.split(/\s+/u) : [] };
}

/** Whether a message starts like a command ("/", "／"), known or not. */
export function looksLikeSlashCommand(text: string): boolean {
  return /^\s*[/／]/u.test(text);
}
