/** The preview's port from the PORT environment variable: 8080 when unset, 0 for any free port. */

export const DEFAULT_PORT = 8080;

export function portFromEnvironment(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${text}"`);
  return port;
}
