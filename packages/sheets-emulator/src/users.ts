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
  /** Addresses with no Google account behind them: Sheets will not share with them, nor protect a range for them. */
  private readonly withoutAccount = new Set<string>();
  /** Users whose address Session does not tell (another domain, a consumer account, the email scope declined). */
  private readonly hidden = new Set<string>();

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
    const wanted = email.trim().toLowerCase();
    return this.editorEmails.some((editor) => editor.toLowerCase() === wanted);
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

  markWithoutGoogleAccount(email: string): void {
    this.withoutAccount.add(email.trim().toLowerCase());
  }

  hasGoogleAccount(email: string): boolean {
    return !this.withoutAccount.has(email.trim().toLowerCase());
  }

  hideEmailOf(email: string): void {
    this.hidden.add(email.trim());
  }

  /** What `Session.getActiveUser().getEmail()` says: blank for a user whose address Google hides. */
  visibleEmail(email: string): string {
    return this.hidden.has(email) ? '' : email;
  }

  /** A user's own locale (Session.getActiveUserLocale); the owner's when never set. */
  localeOf(email: string): string {
    return this.locales.get(email) ?? this.locales.get(this.owner) ?? 'en';
  }
}
