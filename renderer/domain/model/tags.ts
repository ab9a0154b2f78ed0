/**
 * One rule for a list of tags typed as text, wherever it is typed: Task information's Tags field
 * and a CSV or Excel Tags cell. ';' and ',' both separate (the list separators a spreadsheet
 * writes, Jira's and MS Project exports included); each tag is trimmed and kept once, in the
 * order first written. Tags are matched as written: 'API' and 'api' are two tags.
 */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[;,]/).map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}
