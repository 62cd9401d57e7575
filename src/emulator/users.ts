/**
 * Who is using the emulated spreadsheet: its owner (the first user), the
 * editors, and the user the current execution runs as. A user made active
 * becomes an editor, as anyone running an editor add-on in a file can edit it.
 */
export class Users {
  readonly owner: string;
  private activeEmail: string;
  private readonly editorEmails: string[];
  private readonly locales = new Map<string, string>();

  constructor(owner: string, ownerLocale: string) {
    this.owner = owner;
    this.activeEmail = owner;
    this.editorEmails = [owner];
    this.locales.set(owner, ownerLocale);
  }

  get active(): string {
    return this.activeEmail;
  }

  switchTo(email: string, locale?: string): void {
    const normalized = email.trim();
    if (!normalized) throw new Error('Invalid argument: email');
    this.addEditor(normalized);
    if (locale !== undefined) this.locales.set(normalized, locale);
    this.activeEmail = normalized;
  }

  /** The owner first, then editors in the order they were added. */
  editors(): string[] {
    return [...this.editorEmails];
  }

  isEditor(email: string): boolean {
    return this.editorEmails.includes(email);
  }

  addEditor(email: string): void {
    if (!this.isEditor(email)) this.editorEmails.push(email);
  }

  /** The owner cannot be removed, as in Sheets. */
  removeEditor(email: string): void {
    if (email === this.owner) return;
    const index = this.editorEmails.indexOf(email);
    if (index >= 0) this.editorEmails.splice(index, 1);
  }

  /** A user's own locale (Session.getActiveUserLocale); the owner's when never set. */
  localeOf(email: string): string {
    return this.locales.get(email) ?? this.locales.get(this.owner) ?? 'en';
  }
}
